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

    public static IReadOnlyDictionary<string, string> Settings(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => s.Key, s => s.Value);
}
