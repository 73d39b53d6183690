using System;
using System.Collections.Generic;
using System.Linq;
using SafeMigrations.Core.Hosts;

namespace SafeMigrations.Core.Guard;

/// <summary>
/// SM9005: the build itself runs with a production-like environment name (Production, prod, live, …: the host
/// classifier's production tokens) in a project that has migrations. Whether migrations exist is decided from the
/// Compile items' paths alone (no file is opened): an EF model snapshot (<c>*ModelSnapshot.cs</c>) or a file in a
/// folder named <c>Migrations</c>.
/// </summary>
internal static class ProductionEnvironment
{
    public static GuardFinding? Check(string environment, string source, IEnumerable<string> sourceFiles)
    {
        if (ProductionTokens.Find(environment) is null)
        {
            return null;
        }

        string? migration = sourceFiles.FirstOrDefault(IsMigrationFile);
        if (migration is null)
        {
            return null;
        }

        return new GuardFinding(GuardCodes.ProductionEnvironment, GuardSeverity.Warning,
            $"This build runs with {source}={environment}, a production environment name, in a project with migrations ({migration}). "
            + $"`dotnet ef database update` run from this shell would load appsettings.{environment}.json and migrate that environment's database. "
            + $"For local work unset {source} (the EF tools then use Development); in a deployment pipeline this warning records that production configuration was in effect.");
    }

    private static bool IsMigrationFile(string path)
    {
        string normalized = path.Replace('\\', '/');
        return normalized.EndsWith("ModelSnapshot.cs", StringComparison.OrdinalIgnoreCase)
            || ("/" + normalized).IndexOf("/Migrations/", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
