using System.Collections.Generic;

namespace SafeMigrations.Core.Configuration;

/// <summary>One flattened configuration value read from JSON: its key path, its text and where the value starts (1-based).</summary>
public sealed record ConfigurationEntry(string Key, string Value, int Line, int Column);

/// <summary>Why a JSON configuration file could not be read, and where (1-based).</summary>
public sealed record JsonReadError(string Message, int Line, int Column);

/// <summary>The result of <see cref="JsonConfigurationReader.Read"/>: the entries in file order, or an error (then no entries).</summary>
public sealed record JsonConfigurationDocument(IReadOnlyList<ConfigurationEntry> Entries, JsonReadError? Error);
