using System;

namespace SafeMigrations.Core.Hosts;

/// <summary>
/// Whole-token <c>prod</c>, <c>prd</c>, <c>production</c>, <c>live</c>. Tokens split on every character that is not a
/// letter or digit (<c>.</c>, <c>-</c>, <c>_</c>, <c>:</c>, spaces…), on letter/digit boundaries (<c>prod01</c>) and on
/// lower-to-upper case changes (<c>ProdDb</c>), so <c>product</c>, <c>productdb</c> and <c>livestock</c> never match.
/// </summary>
internal static class ProductionTokens
{
    private static readonly string[] Words = { "prod", "prd", "production", "live" };

    /// <summary>The first production token in the text as written, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var start = 0;
        for (var i = 1; i <= text!.Length; i++)
        {
            if (i == text.Length || IsBoundary(text[i - 1], text[i]))
            {
                if (IsWord(text, start, i))
                {
                    return text.Substring(start, i - start);
                }

                start = i;
            }
        }

        return null;
    }

    private static bool IsBoundary(char previous, char current) =>
        !char.IsLetterOrDigit(current) || !char.IsLetterOrDigit(previous)
        || char.IsDigit(previous) != char.IsDigit(current)
        || (char.IsLower(previous) && char.IsUpper(current));

    private static bool IsWord(string text, int start, int end)
    {
        if (end <= start || !char.IsLetter(text[start]))
        {
            return false;
        }

        foreach (var word in Words)
        {
            if (word.Length == end - start && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
