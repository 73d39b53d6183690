using System.Text;

namespace SafeMigrations.Perf;

/// <summary>Indented C# text, four spaces a level, the way the EF scaffolder lays it out.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter(int indent = 0) => _indent = indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }

        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Appends text that is already indented.</summary>
    public CodeWriter Raw(string text)
    {
        _text.Append(text);
        return this;
    }

    public CodeWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close()
    {
        _indent--;
        return Line("}");
    }

    /// <summary>The current indentation, for continuation lines written inside one Line call.</summary>
    public string IndentText => new(' ', _indent * 4);

    public override string ToString() => _text.ToString();
}
