using SafeMigrations.Analyzers.Tests.Infrastructure;

namespace SafeMigrations.Analyzers.Tests.Migrations;

/// <summary>Wraps statements into a scaffolded-looking migration class, so tests show only what matters.</summary>
public static class MigrationSource
{
    public const string DefaultId = "20240301000000_Change";

    /// <summary>A migration whose Up body is <paramref name="up"/> (statements using <c>migrationBuilder</c>).</summary>
    public static string Up(string up, string id = DefaultId, string down = "", string members = "") => $$"""
        using System;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Migrations;

        [Migration("{{id}}")]
        public partial class Change : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
        {{up}}
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
        {{down}}
            }
        {{members}}
        }
        """;

    /// <summary>Theory data: every case once per EF Core version.</summary>
    public static TheoryData<EfVersion, string, string, string> PerEfVersion((string, string, string)[] cases)
    {
        var data = new TheoryData<EfVersion, string, string, string>();
        foreach (var ef in Enum.GetValues<EfVersion>())
        {
            foreach (var (a, b, c) in cases)
            {
                data.Add(ef, a, b, c);
            }
        }

        return data;
    }

    /// <summary>Theory data: every case once per EF Core version.</summary>
    public static TheoryData<EfVersion, string> PerEfVersion(string[] cases)
    {
        var data = new TheoryData<EfVersion, string>();
        foreach (var ef in Enum.GetValues<EfVersion>())
        {
            foreach (var a in cases)
            {
                data.Add(ef, a);
            }
        }

        return data;
    }

    public static IReadOnlyDictionary<string, string> Settings(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => s.Key, s => s.Value);
}
