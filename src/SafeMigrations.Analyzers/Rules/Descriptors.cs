using Microsoft.CodeAnalysis;
using static Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace SafeMigrations.Analyzers.Rules;

/// <summary>The rule catalog: one descriptor per rule ID (see RULES.md and docs/rules).</summary>
public static class Descriptors
{
    // ---- SM1xxx: data loss from typed migration operations ----
    public static readonly DiagnosticDescriptor SM1001 = RuleDescriptor.Create(
        RuleIds.DropTable, "Migration drops a table",
        "Migration drops table '{0}' and every row in it. Stop using the table in one release and drop it in a later one, after backing it up or proving it empty.",
        Error, "Dropping an existing table deletes its data permanently, and instances still running the previous release fail as soon as they touch it.");

    public static readonly DiagnosticDescriptor SM1002 = RuleDescriptor.Create(
        RuleIds.DropColumn, "Migration drops a column",
        "Migration drops column '{1}' of table '{0}' and the data in it. Remove the property and deploy first, then drop the column in a later migration.",
        Error, "Dropping an existing column deletes its data permanently, and instances still running the previous release fail when they read or write it.");

    public static readonly DiagnosticDescriptor SM1003 = RuleDescriptor.Create(
        RuleIds.DropAndAddColumn, "Column dropped and re-added (likely a rename scaffolded as drop + add)",
        "Migration drops column '{1}' and adds column '{2}' on table '{0}': EF scaffolds a rename this way and the data in '{1}' is lost. Use RenameColumn, or add the new column, copy the data and drop the old one later.",
        Error, "EF Core cannot always tell a renamed property from a removed one plus a new one; the scaffolded drop + add silently deletes the column's data.");

    public static readonly DiagnosticDescriptor SM1004 = RuleDescriptor.Create(
        RuleIds.NarrowingAlterColumn, "Column altered to a narrower type",
        "Migration narrows column '{1}' of table '{0}' from {2} to {3}: values that do not fit are truncated or the migration fails half-way. Add a new column, backfill it with validation, switch to it and drop the old one later.",
        Error, "A narrower type, length, precision or scale can truncate or reject existing values.");

    public static readonly DiagnosticDescriptor SM1005 = RuleDescriptor.Create(
        RuleIds.ColumnMadeRequired, "Column made required",
        "Migration makes column '{1}' of table '{0}' NOT NULL: {2}, and running instances that write NULL break. Backfill the NULLs in a separate step first, then tighten the column.",
        Warning, "Changing a nullable column to not nullable fails on existing NULL values or silently replaces them with a default.");

    public static readonly DiagnosticDescriptor SM1006 = RuleDescriptor.Create(
        RuleIds.DropSchemaOrSequence, "Schema or sequence dropped or reset",
        "Migration {0} '{1}'. This removes or resets database objects that data depends on; make it an explicit, reviewed migration of its own.",
        Warning, "Dropping a schema removes everything in it; dropping or restarting a sequence can produce duplicate keys.");

    public static readonly DiagnosticDescriptor SM1007 = RuleDescriptor.Create(
        RuleIds.SeedDataChanged, "Seed data deleted or overwritten",
        "Migration {0} seed data in table '{1}'; rows users have since changed or referenced are lost or overwritten. Move the change to a separate, reviewed data migration.",
        Warning, "HasData changes become DeleteData/UpdateData operations that overwrite whatever the rows hold in production.");

    public static readonly DiagnosticDescriptor SM1008 = RuleDescriptor.Create(
        RuleIds.TemporalHistoryDropped, "Temporal history dropped",
        "Migration turns off system versioning of table '{0}', which drops its history table and every historical row. Keep versioning, or archive the history first.",
        Warning, "Disabling SQL Server temporal tables through EF Core drops the history table.");

    // ---- SM2xxx: raw SQL in migrations ----
    public static readonly DiagnosticDescriptor SM2001 = RuleDescriptor.Create(
        RuleIds.SqlDropsTable, "Raw SQL drops or empties a table, schema or database",
        "Raw SQL {0} '{1}' and deletes its data. Stop using it in one release and remove it in a later, reviewed migration after a backup.",
        Error, "DROP TABLE/SCHEMA/DATABASE and TRUNCATE in migrationBuilder.Sql delete data permanently.");

    public static readonly DiagnosticDescriptor SM2002 = RuleDescriptor.Create(
        RuleIds.SqlDropsColumn, "Raw SQL drops a column",
        "Raw SQL drops column '{1}' of table '{0}' and the data in it. Remove the property and deploy first, then drop the column in a later migration.",
        Error, "ALTER TABLE ... DROP COLUMN in migrationBuilder.Sql deletes a column's data permanently.");

    public static readonly DiagnosticDescriptor SM2003 = RuleDescriptor.Create(
        RuleIds.SqlUnfilteredDeleteOrUpdate, "Raw SQL deletes or updates every row",
        "Raw SQL {0} every row of '{1}' (no WHERE clause). Add a WHERE clause, or confirm that the whole table is meant and acknowledge it.",
        Warning, "A DELETE or UPDATE without WHERE affects every row of the table.");

    public static readonly DiagnosticDescriptor SM2004 = RuleDescriptor.Create(
        RuleIds.SqlNotConstant, "Raw SQL cannot be checked",
        "The SQL passed to '{0}' is not a constant, so SafeMigrations cannot check it for data loss. Use a constant string, or review the generated SQL.",
        Info, "SQL built at run time can hide destructive statements from review.");

    // ---- SM3xxx: availability and compatibility ----
    public static readonly DiagnosticDescriptor SM3001 = RuleDescriptor.Create(
        RuleIds.RenameColumn, "Column renamed",
        "Migration renames column '{1}' of table '{0}' to '{2}': instances still running the previous release fail while it deploys. Add the new column, write both, backfill, switch reads, then drop the old one.",
        Warning, "Renaming a column breaks every running instance that still uses the old name.");

    public static readonly DiagnosticDescriptor SM3002 = RuleDescriptor.Create(
        RuleIds.RenameTable, "Table renamed",
        "Migration renames table '{0}' to '{1}': instances still running the previous release fail while it deploys. Create the new table (or a view with the old name), migrate, then drop the old one.",
        Warning, "Renaming a table breaks every running instance that still uses the old name.");

    public static readonly DiagnosticDescriptor SM3003 = RuleDescriptor.Create(
        RuleIds.RequiredColumnWithoutDefault, "Required column added without a default",
        "Migration adds required column '{1}' to existing table '{0}' without a default: it fails on a non-empty table (or fills it with the CLR default), and running instances cannot insert. Add it nullable or with a default, backfill, then tighten.",
        Warning, "A NOT NULL column without a default cannot be added to a table that has rows, and older code does not write it.");

    public static readonly DiagnosticDescriptor SM3004 = RuleDescriptor.Create(
        RuleIds.BlockingIndex, "Index built with a blocking lock",
        "Index '{0}' on existing table '{1}' is built with a lock that blocks writes for the whole build on {2}. Add {3} to the CreateIndex.",
        Warning, "A plain CREATE INDEX locks the table against writes until the index is built.");

    public static readonly DiagnosticDescriptor SM3005 = RuleDescriptor.Create(
        RuleIds.ConcurrentIndexInLargerMigration, "Concurrent index built inside a larger migration",
        "Concurrent/online index '{0}' shares a migration with other operations: {1}. Put the index in a migration of its own.",
        Warning, "Concurrent index builds cannot run inside a transaction, and a failure leaves the other operations half-applied.");

    public static readonly DiagnosticDescriptor SM3006 = RuleDescriptor.Create(
        RuleIds.ForeignKeyOnExistingTable, "Foreign key validated on an existing table",
        "Foreign key '{0}' on existing table '{1}' is validated against every row while the table is locked. On large tables add it unvalidated (NOT VALID / WITH NOCHECK) and validate it in a separate step.",
        Info, "Adding a foreign key scans the whole table under a lock.");

    public static readonly DiagnosticDescriptor SM3007 = RuleDescriptor.Create(
        RuleIds.UniqueOnExistingData, "Unique index or constraint on existing data",
        "{0} '{1}' on existing table '{2}' fails if existing rows have duplicates. Check for duplicates and clean them up before this migration runs.",
        Info, "A unique index or key on existing data fails the migration when duplicates exist.");

    public static readonly DiagnosticDescriptor SM3008 = RuleDescriptor.Create(
        RuleIds.TypeChangeRewritesTable, "Column type change rewrites the table",
        "Changing column '{1}' of table '{0}' from {2} to {3} rewrites the whole table under an exclusive lock. On large tables add a new column, backfill in batches and switch over.",
        Info, "Most store-type changes rewrite every row while the table is locked.");

    public static readonly DiagnosticDescriptor SM3009 = RuleDescriptor.Create(
        RuleIds.VolatileDefaultRewritesTable, "Volatile default rewrites the table",
        "Column '{1}' added to existing table '{0}' with volatile default '{2}' rewrites every row under an exclusive lock. Add the column without a default, backfill in batches, then set the default.",
        Info, "A default that is computed per row forces the database to rewrite the table.");

    // ---- SM4xxx: database calls in application code ----
    public static readonly DiagnosticDescriptor SM4001 = RuleDescriptor.Create(
        RuleIds.EnsureDeleted, "Database deleted from code",
        "'{0}' deletes the whole database it is pointed at, production included. Keep it in test code, or guard it so it can never run against a real database.",
        Error, "EnsureDeleted drops the database without any confirmation.");

    public static readonly DiagnosticDescriptor SM4002 = RuleDescriptor.Create(
        RuleIds.MigrateToZero, "All migrations reverted from code",
        "'{0}' with target '{1}' reverts every migration and drops every table the model created. Remove it, or revert to a named migration in a reviewed script.",
        Error, "Migrating to the initial database runs every Down method.");

    public static readonly DiagnosticDescriptor SM4003 = RuleDescriptor.Create(
        RuleIds.MigrateAtStartup, "Migrations applied at application start-up",
        "'{0}' applies migrations whenever the application starts, in every environment. Apply migrations in a deployment step (a migration bundle or script), or guard this call with an environment check.",
        Info, "Migrating at start-up races between instances and runs destructive migrations without review.");

    public static readonly DiagnosticDescriptor SM4004 = RuleDescriptor.Create(
        RuleIds.DestructiveSqlFromCode, "Destructive SQL executed from code",
        "'{0}' runs SQL that {1}. Move destructive SQL into a reviewed migration, or narrow it with a WHERE clause.",
        Warning, "Destructive SQL executed from application code bypasses migration review.");

    // ---- SM5xxx: connection strings in source ----
    public static readonly DiagnosticDescriptor SM5001 = RuleDescriptor.Create(
        RuleIds.ProductionConnectionString, "Connection string targets a production host",
        "Connection string targets production host '{0}' ({1}). Read it from configuration or an environment variable instead of source code.",
        Error, "A production connection string in source is how a local migration reaches production.");

    public static readonly DiagnosticDescriptor SM5002 = RuleDescriptor.Create(
        RuleIds.PasswordInConnectionString, "Connection string contains a password",
        "Connection string for '{0}' contains a password: {1}. Move the password to user secrets, configuration or an environment variable.",
        Warning, "Passwords in source code leak through version control.");

    public static readonly DiagnosticDescriptor SM5003 = RuleDescriptor.Create(
        RuleIds.HardCodedRemoteHost, "DbContext configured with a hard-coded remote host",
        "DbContext is configured with hard-coded host '{0}' ({1}). Read the connection string from configuration so each environment chooses its own database.",
        Warning, "A hard-coded remote host makes every environment, including a developer's machine, talk to that database.");

    // ---- SM8xxx: hygiene ----
    public static readonly DiagnosticDescriptor SM8001 = RuleDescriptor.Create(
        RuleIds.AcknowledgementWithoutReason, "Data-loss acknowledgement without a reason",
        "Suppression of {0} has {1}. Write why the data loss or lock is acceptable, so the reviewer of the pull request can judge it.",
        Warning, "A suppression of a SafeMigrations rule must say why the hazard is acceptable.");

    public static readonly DiagnosticDescriptor SM8002 = RuleDescriptor.Create(
        RuleIds.MigrationNotAnalyzed, "Migration in a file marked generated is not analyzed",
        "Migration '{0}' is in a file marked generated ({1}), so SafeMigrations does not analyze it. Set <SafeMigrationsAnalyzeGeneratedCode>true</SafeMigrationsAnalyzeGeneratedCode> in the project, or remove the mark.",
        Warning, "The migration rules skip generated code unless SafeMigrationsAnalyzeGeneratedCode is set; a migration file marked generated would otherwise be checked by nothing.",
        WellKnownDiagnosticTags.CompilationEnd);
}
