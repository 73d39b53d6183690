namespace SafeMigrations.Core.Guard;

/// <summary>
/// The build guard's codes (RULES.md, SM9xxx). They are MSBuild errors and warnings, not Roslyn descriptors, so
/// their titles and default severities live here, the one place both the task and the docs tests read.
/// </summary>
public static class GuardCodes
{
    public const string ProductionTarget = "SM9001";
    public const string RemoteTarget = "SM9002";
    public const string UnreadableConfiguration = "SM9003";
    public const string GuardBypassed = "SM9004";
    public const string ProductionEnvironment = "SM9005";
    public const string InvalidSetting = "SM9006";

    public static readonly (string Code, string Title, GuardSeverity Severity)[] All =
    {
        (ProductionTarget, "Migrations would run against a production database", GuardSeverity.Error),
        (RemoteTarget, "Migrations would run against a remote database", GuardSeverity.Warning),
        (UnreadableConfiguration, "Configuration could not be read", GuardSeverity.Error),
        (GuardBypassed, "Production guard bypassed", GuardSeverity.Warning),
        (ProductionEnvironment, "Build runs with a production environment name", GuardSeverity.Warning),
        (InvalidSetting, "Invalid SafeMigrations setting", GuardSeverity.Error),
    };
}

public enum GuardSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One thing the guard reports. <see cref="File"/> is null when nothing better than the project file applies
/// (settings, environment variables); line and column are 1-based, 0 when unknown.
/// </summary>
public sealed record GuardFinding(string Code, GuardSeverity Severity, string Message, string? File = null, int Line = 0, int Column = 0);
