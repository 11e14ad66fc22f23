using System.Collections.Immutable;

namespace CanvasLang.Syntax.Text;

/// <summary>Immutable document text with a line index, so offsets and line/column convert in O(log n).</summary>
public sealed class SourceText
{
    private readonly ImmutableArray<int> lineStarts;

    public SourceText(string text)
    {
        Text = text;
        lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => lineStarts.Length;

    public ImmutableArray<int> LineStarts => lineStarts;

    public static SourceText From(string text) => new(text);

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public int LineStart(int line) => lineStarts[Math.Clamp(line, 0, lineStarts.Length - 1)];

    /// <summary>End of the line's content, before its line break.</summary>
    public int LineEnd(int line)
    {
        line = Math.Clamp(line, 0, lineStarts.Length - 1);
        var end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        while (end > lineStarts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    public string LineText(int line) => Text[LineStart(line)..LineEnd(line)];

    /// <summary>The spaces and tabs that start the line: what an inserted line next to it should start with.</summary>
    public string IndentationOf(int line)
    {
        var start = LineStart(line);
        var end = start;
        while (end < Text.Length && Text[end] is ' ' or '\t')
        {
            end++;
        }

        return Text[start..end];
    }

    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = LineOf(offset);
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public LinePositionSpan GetSpan(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>Offset of a position; positions past a line's end or the document's end are clamped, never thrown on.</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lineStarts.Length)
        {
            return Text.Length;
        }

        var start = lineStarts[position.Line];
        return Math.Clamp(start + Math.Max(0, position.Character), start, LineEnd(position.Line));
    }

    /// <summary>Applies a range replacement and returns the new text; the range is clamped to the document.</summary>
    public SourceText WithChange(TextSpan span, string newText)
    {
        var start = Math.Clamp(span.Start, 0, Text.Length);
        var end = Math.Clamp(span.End, start, Text.Length);
        return new SourceText(string.Concat(Text.AsSpan(0, start), newText, Text.AsSpan(end)));
    }

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        var builder = ImmutableArray.CreateBuilder<int>();
        builder.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                builder.Add(i + 1);
            }
            else if (c == '\n')
            {
                builder.Add(i + 1);
            }
        }

        return builder.ToImmutable();
    }
}
