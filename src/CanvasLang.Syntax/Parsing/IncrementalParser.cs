using System.Collections.Immutable;
using Antlr4.Runtime;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Parsing;

/// <summary>
/// After a one-range edit, re-lexes and reparses only the segments the edit touches (see
/// <see cref="Segmenter"/>: each declaration, and each entry of a profile or value map, that starts a
/// line) and reuses every other segment, shifted, whether the text has syntax errors or not. A
/// keystroke in a canvas of 10,000 entries then costs a line's parse instead of the file's.
/// <para>
/// The result is the tree a full parse gives, by construction: a full parse is the same segments
/// parsed the same way. Re-lexing starts at the start of the segment the edit falls in (the one
/// before when the edit touches its first token, which decides where the segment before ends and what
/// its errors say follows it); lexing there is lexing the whole text, since a segment starts a line
/// and no token before it reaches past that line. It goes on past the edit until a token starts
/// exactly where an old segment starts (shifted) and starts the same kind of segment there: from
/// there on, tokens and segments are the old ones, and so is what each segment parses to.
/// </para>
/// </summary>
public static class IncrementalParser
{
    /// <summary>The tree of <paramref name="newText"/>, which is <paramref name="old"/>'s text with <paramref name="replaced"/> replaced by <paramref name="insertedText"/>; null when only a full parse can tell (a file refused unparsed, before or after).</summary>
    public static SyntaxTree? TryReparse(SyntaxTree old, TextSpan replaced, string insertedText, SourceText newText)
    {
        var segments = old.Segments;
        if (segments.IsDefaultOrEmpty || old.IsForeignFormat || replaced.End > old.Text.Length
            || newText.Length != old.Text.Length - replaced.Length + insertedText.Length
            || CanvasParserFacade.Prescreen(newText) is not null)
        {
            return null;
        }

        var delta = insertedText.Length - replaced.Length;
        var first = LastStartingAtOrBefore(segments, replaced.Start);
        if (first > 0 && replaced.Start <= segments[first].FirstTokenEnd)
        {
            first--;
        }

        var next = first + 1;
        var reused = segments.Length;
        bool StartsReusedSegment(IToken token, Segmenter segmenter)
        {
            while (next < segments.Length && (segments[next].Start < replaced.End || segments[next].Start + delta < token.StartIndex))
            {
                next++;
            }

            if (next < segments.Length && segments[next].Start + delta == token.StartIndex
                && segmenter.StartedBy(token) is { } kind && kind == segments[next].Kind
                && (kind == SegmentKind.Top || segmenter.ValueMap == segments[next].ValueMap))
            {
                reused = next;
                return true;
            }

            return false;
        }

        var start = segments[first];
        var reparsed = SegmentReader.Read(newText, start.Start, start.Kind, start.ValueMap, StartsReusedSegment,
            () => reused < segments.Length ? segments[reused].Kind : null);
        var all = ImmutableArray.CreateBuilder<Segment>(first + reparsed.Count + segments.Length - reused);
        for (var i = 0; i < first; i++)
        {
            all.Add(segments[i]);
        }

        all.AddRange(reparsed);
        for (var i = reused; i < segments.Length; i++)
        {
            all.Add(segments[i].Shift(delta));
        }

        return CanvasParserFacade.Assemble(old.Path, newText, all.MoveToImmutable());
    }

    /// <summary>The last segment starting at or before <paramref name="offset"/> (the first starts at 0).</summary>
    private static int LastStartingAtOrBefore(ImmutableArray<Segment> segments, int offset)
    {
        int low = 0, high = segments.Length - 1, found = 0;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (segments[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
