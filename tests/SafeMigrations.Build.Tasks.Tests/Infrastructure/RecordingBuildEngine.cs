using System.Collections;
using Microsoft.Build.Framework;

namespace SafeMigrations.Build.Tasks.Tests.Infrastructure;

/// <summary>A minimal build engine that records what the task logs.</summary>
public sealed class RecordingBuildEngine(string projectFile) : IBuildEngine
{
    public List<LoggedDiagnostic> Diagnostics { get; } = new();

    public List<string> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => projectFile;

    public void LogErrorEvent(BuildErrorEventArgs e) =>
        Diagnostics.Add(new LoggedDiagnostic("error", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message ?? "", e.HelpLink));

    public void LogWarningEvent(BuildWarningEventArgs e) =>
        Diagnostics.Add(new LoggedDiagnostic("warning", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.Message ?? "", e.HelpLink));

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? "");

    public void LogCustomEvent(CustomBuildEventArgs e) => Messages.Add(e.Message ?? "");

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException();
}

public sealed record LoggedDiagnostic(string Severity, string Code, string File, int Line, int Column, string Message, string? HelpLink)
{
    public string FileName => Path.GetFileName(File);

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Code}: {Message}";
}
