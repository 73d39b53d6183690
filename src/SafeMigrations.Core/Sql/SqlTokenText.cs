using System.Collections.Generic;
using System.Text;

namespace SafeMigrations.Core.Sql;

/// <summary>Reads the text of tokens: keyword comparison, unquoted identifiers and decoded string contents.</summary>
internal static class SqlTokenText
{
    public static bool Is(string sql, SqlToken token, string keyword) =>
        token.Kind == SqlTokenKind.Word && token.Length == keyword.Length
        && string.Compare(sql, token.Start, keyword, 0, keyword.Length, System.StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>An identifier without its quotes (doubled closing quotes undone).</summary>
    public static string Identifier(string sql, SqlToken token)
    {
        if (token.Kind != SqlTokenKind.QuotedIdentifier)
        {
            return sql.Substring(token.Start, token.Length);
        }

        var content = sql.Substring(token.ContentStart, token.ContentLength);
        var close = token.Quote.ToString();
        return content.Replace(close + close, close);
    }

    /// <summary>
    /// Appends a string literal's value to <paramref name="text"/> and, for each character, its offset in
    /// <paramref name="sql"/> to <paramref name="map"/>, so findings in dynamic SQL point into the outer text.
    /// </summary>
    public static void AppendString(string sql, SqlToken token, StringBuilder text, List<int> map)
    {
        var end = token.ContentStart + token.ContentLength;
        if (token.Quote == '$')
        {
            for (var i = token.ContentStart; i < end; i++)
            {
                text.Append(sql[i]);
                map.Add(i);
            }

            return;
        }

        for (var i = token.ContentStart; i < end; i++)
        {
            var c = sql[i];
            map.Add(i);
            if (c == token.Quote && i + 1 < end && sql[i + 1] == token.Quote)
            {
                text.Append(c);
                i++;
            }
            else if (c == '\\' && token.BackslashEscapes && i + 1 < end)
            {
                text.Append(Unescape(sql[++i]));
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static char Unescape(char c) => c switch
    {
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        '0' => '\0',
        _ => c,
    };
}
