namespace SafeMigrations.Analyzers.Rules;

/// <summary>Every rule ID the analyzers report. IDs never change meaning and are never reused (RULES.md).</summary>
public static class RuleIds
{
    // SM1xxx: data loss from typed migration operations
    public const string DropTable = "SM1001";
    public const string DropColumn = "SM1002";
    public const string DropAndAddColumn = "SM1003";
    public const string NarrowingAlterColumn = "SM1004";
    public const string ColumnMadeRequired = "SM1005";
    public const string DropSchemaOrSequence = "SM1006";
    public const string SeedDataChanged = "SM1007";
    public const string TemporalHistoryDropped = "SM1008";

    // SM2xxx: raw SQL in migrations
    public const string SqlDropsTable = "SM2001";
    public const string SqlDropsColumn = "SM2002";
    public const string SqlUnfilteredDeleteOrUpdate = "SM2003";
    public const string SqlNotConstant = "SM2004";

    // SM3xxx: availability and compatibility
    public const string RenameColumn = "SM3001";
    public const string RenameTable = "SM3002";
    public const string RequiredColumnWithoutDefault = "SM3003";
    public const string BlockingIndex = "SM3004";
    public const string ConcurrentIndexInLargerMigration = "SM3005";
    public const string ForeignKeyOnExistingTable = "SM3006";
    public const string UniqueOnExistingData = "SM3007";
    public const string TypeChangeRewritesTable = "SM3008";
    public const string VolatileDefaultRewritesTable = "SM3009";

    // SM4xxx: database calls in application code
    public const string EnsureDeleted = "SM4001";
    public const string MigrateToZero = "SM4002";
    public const string MigrateAtStartup = "SM4003";
    public const string DestructiveSqlFromCode = "SM4004";

    // SM5xxx: connection strings in source
    public const string ProductionConnectionString = "SM5001";
    public const string PasswordInConnectionString = "SM5002";
    public const string HardCodedRemoteHost = "SM5003";

    // SM8xxx: hygiene
    public const string AcknowledgementWithoutReason = "SM8001";
    public const string MigrationNotAnalyzed = "SM8002";
}
