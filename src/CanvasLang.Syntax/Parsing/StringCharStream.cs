using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace CanvasLang.Syntax.Parsing;

/// <summary>
/// The lexer's input over a string as it is, in UTF-16 code units (the unit of our spans and of LSP
/// positions), without copying it: a keystroke's re-lex starts anywhere in the document, and a scan
/// for completion ends at the cursor (<paramref name="end"/>: the input ends there, as if cut).
/// </summary>
internal sealed class StringCharStream(string text, int end) : ICharStream
{
    private int index;

    public int Index => index;

    public int Size => end;

    public string SourceName => IntStreamConstants.UnknownSourceName;

    public void Consume()
    {
        if (index >= end)
        {
            throw new InvalidOperationException("cannot consume the end of the input");
        }

        index++;
    }

    public int LA(int i)
    {
        if (i == 0)
        {
            return 0;
        }

        var at = i < 0 ? index + i : index + i - 1;
        return at < 0 || at >= end ? IntStreamConstants.EOF : text[at];
    }

    public int Mark() => -1;

    public void Release(int marker)
    {
    }

    public void Seek(int index) => this.index = Math.Clamp(index, 0, end);

    public string GetText(Interval interval)
    {
        var start = interval.a;
        var stop = Math.Min(interval.b, end - 1);
        return start >= end || stop < start ? string.Empty : text.Substring(start, stop - start + 1);
    }
}
