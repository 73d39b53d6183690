using System.Collections.Generic;
using System.Text;

namespace SafeMigrations.Core.ConnectionStrings;

/// <summary>Replaces secret values (given as spans of the original text) with <c>***</c>.</summary>
internal sealed class Redactor
{
    public const string Mask = "***";

    private readonly List<(int Start, int End)> _spans = new();

    /// <summary>Marks text[start..end) as secret when it holds a real value (not empty, not a placeholder).</summary>
    public void Add(int start, int end, string? value)
    {
        if (start >= 0 && end > start && !string.IsNullOrEmpty(value) && !Placeholders.IsPlaceholder(value))
        {
            _spans.Add((start, end));
        }
    }

    public string Apply(string text)
    {
        if (_spans.Count == 0)
        {
            return text;
        }

        _spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, end) in _spans)
        {
            if (start < position)
            {
                continue; // overlapping span, already masked
            }

            result.Append(text, position, start - position).Append(Mask);
            position = end;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }
}
