using System;
using System.IO;

namespace SafeMigrations.Perf;

/// <summary>
/// Usage: ProjectGenerator &lt;output-dir&gt; [migrations=2000] [files=5000]. Writes a shared build setup
/// (Directory.Build.props that adds SafeMigrations.Analyzers only in the "with" variants), the
/// migration-heavy EF Core project and the project without EF, each as a with/ and a without/ project over
/// the same sources. Output is deterministic for the same arguments.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: ProjectGenerator <output-dir> [migrations=2000] [files=5000]");
            return 2;
        }

        var root = Path.GetFullPath(args[0]);
        var migrations = args.Length > 1 ? int.Parse(args[1]) : 2000;
        var files = args.Length > 2 ? int.Parse(args[2]) : 5000;

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        SharedFiles.Write(root);
        new MigrationProjectWriter(Path.Combine(root, "MigrationHeavy"), migrations).Write();
        new NoEfProjectWriter(Path.Combine(root, "NoEf"), files).Write();
        Console.WriteLine($"Wrote {migrations} migrations and {files} non-EF files under {root}");
        return 0;
    }
}
