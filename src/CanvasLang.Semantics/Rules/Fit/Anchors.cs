using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// Where the value-map, fit, test and purpose rules put their squiggles: on the words that name a
/// thing (an entry's kind and id, a block's header) rather than on whole blocks, which would bury the text.
/// </summary>
internal static class Anchors
{
    /// <summary>From the entry's qualifier or keyword to its id (or keyword when it has none).</summary>
    public static TextSpan Head(Entry entry)
    {
        var s = entry.Syntax;
        var start = (s.Qualifier?.Span ?? s.Keyword.Span).Start;
        var end = s.Id?.Span.End ?? s.Keyword.Span.End;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>`profile x` or `valuemap x`: the header of a block, without its body.</summary>
    public static TextSpan Header(BlockSyntax block) =>
        TextSpan.FromBounds(block.Keyword.Span.Start, block.Segment?.Span.End ?? block.Keyword.Span.End);

    /// <summary>`test name`: the header of a test card.</summary>
    public static TextSpan Header(TestSyntax test) =>
        TextSpan.FromBounds(test.Keyword.Span.Start, test.Name?.Span.End ?? test.Keyword.Span.End);

    /// <summary>The text in an LSP snippet, with the characters snippets give meaning to escaped.</summary>
    public static string SnippetText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal);

    /// <summary>The whitespace that starts the line holding <paramref name="offset"/>.</summary>
    public static string IndentAt(SourceText text, int offset) => text.IndentationOf(text.LineOf(offset));

    /// <summary>True when only spaces or tabs come before <paramref name="offset"/> on its line.</summary>
    public static bool StartsLine(SourceText text, int offset)
    {
        var start = text.LineStart(text.LineOf(offset));
        for (var i = start; i < offset; i++)
        {
            if (text.Text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
