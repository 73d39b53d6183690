namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>
/// Template slots are never values (RULES.md): <c>{0}</c>, <c>${X}</c>, <c>$(X)</c>, <c>%X%</c>, <c>{{x}}</c>,
/// <c>#{x}</c>, <c>&lt;x&gt;</c> anywhere in a value; <c>@p</c>, <c>:p</c>, <c>?</c>, <c>***</c>, <c>xxx</c> as the whole value.
/// </summary>
public static class Placeholders
{
    public static bool IsPlaceholder(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var text = value.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        if (text == "?" || AllOf(text, '*', 1) || AllOf(text.ToLowerInvariant(), 'x', 3))
        {
            return true;
        }

        if ((text[0] == '@' || text[0] == ':') && text.Length > 1 && IsIdentifier(text, 1, text.Length))
        {
            return true; // SQL/ORM parameter such as @password or :host
        }

        return ContainsSlot(text);
    }

    private static bool ContainsSlot(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{':
                    // {0}, {name}, {{name}}, ${X}, #{X}: a closing brace after at least one character.
                    var close = text.IndexOf('}', i + 1);
                    if (close > i + 1)
                    {
                        return true;
                    }

                    break;
                case '$' when i + 1 < text.Length && text[i + 1] == '(':
                    if (text.IndexOf(')', i + 2) > i + 2)
                    {
                        return true;
                    }

                    break;
                case '%':
                    // %VAR% (Windows environment variable); text where every '%' starts a URI escape ("%C3%A9") has none.
                    var end = text.IndexOf('%', i + 1);
                    if (end > i + 1 && IsIdentifier(text, i + 1, end) && !PercentEncoding.IsEncoded(text))
                    {
                        return true;
                    }

                    break;
                case '<':
                    var gt = text.IndexOf('>', i + 1);
                    if (gt > i + 1 && IsIdentifier(text, i + 1, gt, allowSpaces: true))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool AllOf(string text, char c, int minimum)
    {
        if (text.Length < minimum)
        {
            return false;
        }

        foreach (var ch in text)
        {
            if (ch != c)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifier(string text, int start, int end, bool allowSpaces = false)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || (allowSpaces && c == ' ')))
            {
                return false;
            }
        }

        return end > start;
    }
}
