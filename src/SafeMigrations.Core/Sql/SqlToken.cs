namespace SafeMigrations.Core.Sql;

internal enum SqlTokenKind
{
    None,
    Word,
    QuotedIdentifier,
    String,
    Number,
    Variable,
    Punctuation,
    BatchSeparator,
}

/// <summary>
/// A significant token (comments and whitespace are dropped). For strings and quoted identifiers the content
/// span excludes prefix and quotes; <see cref="Quote"/> is the closing quote character ('$' for dollar quotes).
/// </summary>
internal readonly struct SqlToken
{
    public SqlToken(SqlTokenKind kind, int start, int length, int contentStart = 0, int contentLength = 0, char quote = '\0', bool backslashEscapes = false)
    {
        Kind = kind;
        Start = start;
        Length = length;
        ContentStart = contentStart;
        ContentLength = contentLength;
        Quote = quote;
        BackslashEscapes = backslashEscapes;
    }

    public SqlTokenKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public int ContentStart { get; }

    public int ContentLength { get; }

    public char Quote { get; }

    public bool BackslashEscapes { get; }
}
