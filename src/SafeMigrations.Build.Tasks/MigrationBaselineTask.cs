using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace SafeMigrations.Build.Tasks;

/// <summary>
/// Adoption on an existing repository: finds the newest [Migration("id")] among the project's sources and prints
/// the SafeMigrationsBaseline line that makes the analyzers judge only newer migrations; with
/// <see cref="Write"/> it also writes that line into <see cref="TargetFile"/>. Run by the SafeMigrationsBaseline target.
/// </summary>
public sealed class MigrationBaselineTask : Task
{
    /// <summary>The project's C# sources (@(Compile)).</summary>
    public ITaskItem[] Sources { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Directory.Build.props or the project file to write into.</summary>
    public string? TargetFile { get; set; }

    public bool Write { get; set; }

    /// <summary>The newest migration id found, empty when there is none.</summary>
    [Output]
    public string Baseline { get; private set; } = "";

    public override bool Execute()
    {
        try
        {
            var ids = new List<string>();
            foreach (var item in Sources)
            {
                var path = item.GetMetadata("FullPath");
                if (path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
                {
                    ids.AddRange(MigrationIdScanner.FindIds(File.ReadAllText(path)));
                }
            }

            var newest = MigrationIdScanner.Newest(ids);
            if (newest is null)
            {
                Log.LogMessage(MessageImportance.High, "SafeMigrations: no [Migration(\"id\")] found in this project's sources; no baseline is needed.");
                return true;
            }

            Baseline = newest;
            Log.LogMessage(MessageImportance.High,
                $"SafeMigrations: newest of {ids.Count} migrations is '{newest}'. To judge only migrations added after it, put this line in a PropertyGroup of Directory.Build.props or the project file:");
            Log.LogMessage(MessageImportance.High, "  " + BaselineProperty.Element(newest));
            if (Write)
            {
                WriteBaseline(newest);
            }
            else
            {
                Log.LogMessage(MessageImportance.High, "SafeMigrations: or let the build write it: dotnet build -t:SafeMigrationsBaseline -p:SafeMigrationsWriteBaseline=true");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, "SM9003", null, TargetFile ?? "", 0, 0, 0, 0, "SafeMigrations baseline: " + ex.Message);
        }

        return !Log.HasLoggedErrors;
    }

    private void WriteBaseline(string id)
    {
        if (string.IsNullOrEmpty(TargetFile) || !File.Exists(TargetFile))
        {
            Log.LogError(null, "SM9006", null, TargetFile ?? "", 0, 0, 0, 0, $"SafeMigrations baseline: file to write '{TargetFile}' does not exist; set SafeMigrationsBaselineFile.");
            return;
        }

        var text = File.ReadAllText(TargetFile);
        var updated = BaselineProperty.Apply(text, id);
        if (updated is null)
        {
            Log.LogError(null, "SM9006", null, TargetFile, 0, 0, 0, 0, $"SafeMigrations baseline: '{TargetFile}' has no </Project> to add the property to.");
            return;
        }

        if (updated != text)
        {
            // Keep the file's byte-order mark, if it has one.
            var bytes = File.ReadAllBytes(TargetFile);
            var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            File.WriteAllText(TargetFile, updated, new System.Text.UTF8Encoding(hasBom));
        }

        Log.LogMessage(MessageImportance.High, $"SafeMigrations: wrote {BaselineProperty.Element(id)} to {TargetFile}.");
    }
}
