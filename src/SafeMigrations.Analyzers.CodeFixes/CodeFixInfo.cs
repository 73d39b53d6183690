namespace SafeMigrations.Analyzers.CodeFixes; internal static class CodeFixInfo { }
