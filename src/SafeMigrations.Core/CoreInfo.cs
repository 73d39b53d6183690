namespace SafeMigrations.Core; internal static class CoreInfo { }
