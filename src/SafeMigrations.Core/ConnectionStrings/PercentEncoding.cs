using System.Collections.Generic;
using System.Text;

namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>URI percent-escapes (<c>%40</c>, <c>%C3%A9</c>), decoded as UTF-8.</summary>
internal static class PercentEncoding
{
    /// <summary>Malformed escapes stay as written.</summary>
    public static string Decode(string text)
    {
        if (text.IndexOf('%') < 0)
        {
            return text;
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEscape(text, i))
            {
                bytes.Add((byte)((Hex(text[i + 1]) << 4) | Hex(text[i + 2])));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>True when every '%' in the text starts an escape (so <c>%C3%A9</c> is not a <c>%VAR%</c> slot).</summary>
    public static bool IsEncoded(string text)
    {
        for (var i = text.IndexOf('%'); i >= 0; i = text.IndexOf('%', i + 1))
        {
            if (!IsEscape(text, i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEscape(string text, int i) =>
        text[i] == '%' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]);

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');

    private static int Hex(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
