using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>
/// Text surgery on entries that keeps a file's layout tidy and never deletes a comment: taking names
/// out of a `serves`/`relieves`/`creates` list, the lines an entry occupies (with the comments
/// directly above it), where a new entry goes in a block.
/// </summary>
internal static class LayoutEdits
{
    /// <summary>
    /// Spans to delete so that <paramref name="removed"/> disappear from the attribute: the names with
    /// their commas, or the whole attribute (and its line, when it had one of its own) when none is left.
    /// Spans stay inside <paramref name="bounds"/>; comments inside them are kept by <see cref="Deletions"/>.
    /// </summary>
    public static IEnumerable<TextSpan> RemoveNames(SourceText text, AttributeSyntax attribute, IReadOnlySet<NameSyntax> removed, TextSpan bounds)
    {
        var names = attribute.References;
        if (names.All(removed.Contains))
        {
            yield return RemoveAttribute(text, attribute, bounds);
            yield break;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (!removed.Contains(names[i]))
            {
                continue;
            }

            var j = i;
            while (j + 1 < names.Length && removed.Contains(names[j + 1]))
            {
                j++;
            }

            // `a, b, c` less `b` loses ", b"; less `a` loses "a, ": the separators go with the names.
            yield return i > 0 ? TextSpan.FromBounds(names[i - 1].Span.End, names[j].Span.End) : TextSpan.FromBounds(names[0].Span.Start, names[j + 1].Span.Start);
            i = j;
        }
    }

    /// <summary>The attribute, with the blanks before it; its whole line when it stood alone on one.</summary>
    public static TextSpan RemoveAttribute(SourceText text, AttributeSyntax attribute, TextSpan bounds)
    {
        var s = text.Text;
        var start = attribute.Span.Start;
        var end = attribute.Span.End;
        var before = start;
        while (before > bounds.Start && s[before - 1] is ' ' or '\t')
        {
            before--;
        }

        var after = end;
        while (after < bounds.End && s[after] is ' ' or '\t')
        {
            after++;
        }

        var line = text.LineOf(start);
        var lineStart = text.LineStart(line);
        var startsLine = before == lineStart;
        var endsLine = after == s.Length || s[after] is '\r' or '\n';
        if (startsLine && endsLine)
        {
            var endLine = text.LineOf(end);
            var next = endLine + 1 < text.LineCount ? text.LineStart(endLine + 1) : s.Length;
            if (lineStart >= bounds.Start && next <= bounds.End)
            {
                return TextSpan.FromBounds(lineStart, next);
            }
        }

        return startsLine ? TextSpan.FromBounds(start, after) : TextSpan.FromBounds(before, end);
    }

    /// <summary>Deletes the spans (merged where they meet), skipping every comment inside them.</summary>
    public static IEnumerable<TextEdit> Deletions(IEnumerable<TextSpan> spans, ImmutableArray<CommentSyntax> comments)
    {
        foreach (var span in Merge(spans))
        {
            var at = span.Start;
            foreach (var comment in comments.Where(c => c.Span.OverlapsWith(span)).OrderBy(c => c.Span.Start))
            {
                if (comment.Span.Start > at)
                {
                    yield return new TextEdit(TextSpan.FromBounds(at, comment.Span.Start), string.Empty);
                }

                at = Math.Max(at, comment.Span.End);
            }

            if (span.End > at)
            {
                yield return new TextEdit(TextSpan.FromBounds(at, span.End), string.Empty);
            }
        }
    }

    /// <summary>
    /// What moving an entry takes from its file: its whole lines with a trailing comment and the
    /// comment lines directly above it (a blank line, the block's brace or a
    /// <c>canvaslang-disable</c>/<c>-enable</c> region comment stop them), or just the entry with
    /// the blanks after it when it shares its line with something else. <c>WholeLines</c> tells which,
    /// <c>Indent</c> is the indentation of the entry's line.
    /// </summary>
    public static (TextSpan Cut, bool WholeLines, string Indent) EntryLines(SourceText text, EntrySyntax entry, BlockSyntax block, ImmutableArray<CommentSyntax> comments)
    {
        var s = text.Text;
        var line = text.LineOf(entry.Span.Start);
        var lineStart = text.LineStart(line);
        var endLine = text.LineOf(entry.Span.End);
        if (IsBlank(s, lineStart, entry.Span.Start) && EndsLine(text, entry.Span.End, comments))
        {
            var first = line;
            var floor = block.OpenBrace?.Span.End ?? block.Span.Start;
            while (CommentLineAbove(text, first, comments) is { } comment && comment.Span.Start >= floor && !IsRegionDirective(comment.Text))
            {
                first = text.LineOf(comment.Span.Start);
            }

            var next = endLine + 1 < text.LineCount ? text.LineStart(endLine + 1) : s.Length;
            return (TextSpan.FromBounds(text.LineStart(first), next), true, s[lineStart..entry.Span.Start]);
        }

        var end = entry.Span.End;
        while (end < s.Length && s[end] is ' ' or '\t')
        {
            end++;
        }

        return (TextSpan.FromBounds(entry.Span.Start, end), false, string.Empty);
    }

    /// <summary>
    /// Where an entry of <paramref name="area"/> goes in <paramref name="block"/>: after the last entry
    /// of its area (or of an area before it), else before the first entry of a later area (and its
    /// comments), else before the closing brace. Returns the edit that inserts <paramref name="lines"/>
    /// (already without indentation) indented like the block's entries.
    /// </summary>
    public static TextEdit InsertEntry(SourceText text, BlockSyntax block, CanvasArea area, IReadOnlyList<string> lines, ImmutableArray<CommentSyntax> comments)
    {
        var s = text.Text;
        var nl = NewLine(text);
        var indent = block.Entries.FirstOrDefault(e => StartsLine(text, e.Span.Start)) is { } model
            ? s[text.LineStart(text.LineOf(model.Span.Start))..model.Span.Start]
            : text.IndentationOf(text.LineOf(block.Span.Start)) + "  ";
        var body = string.Concat(lines.Select(l => (l.Length == 0 ? string.Empty : indent + l) + nl));
        var order = Order(area);
        var anchor = block.Entries.LastOrDefault(e => Order(Entry.AreaOf(e.Kind)) <= order);
        if (anchor is not null && EndsLine(text, anchor.Span.End, comments))
        {
            var line = text.LineOf(anchor.Span.End);
            if (line + 1 < text.LineCount)
            {
                return new TextEdit(new TextSpan(text.LineStart(line + 1), 0), body);
            }
        }

        if (block.Entries.FirstOrDefault(e => Order(Entry.AreaOf(e.Kind)) > order) is { } later && StartsLine(text, later.Span.Start)
            && (anchor is null || anchor.Span.End < later.Span.Start))
        {
            var first = text.LineOf(later.Span.Start);
            var floor = anchor?.Span.End ?? block.OpenBrace?.Span.End ?? block.Span.Start;
            while (CommentLineAbove(text, first, comments) is { } comment && comment.Span.Start >= floor)
            {
                first = text.LineOf(comment.Span.Start);
            }

            return new TextEdit(new TextSpan(text.LineStart(first), 0), body);
        }

        var close = block.CloseBrace!.Span.Start;
        var closeLineStart = text.LineStart(text.LineOf(close));
        if (IsBlank(s, closeLineStart, close))
        {
            return new TextEdit(new TextSpan(closeLineStart, 0), body);
        }

        var blanks = close;
        while (blanks > 0 && s[blanks - 1] is ' ' or '\t')
        {
            blanks--;
        }

        return new TextEdit(TextSpan.FromBounds(blanks, close), nl + body);
    }

    /// <summary>The lines of <paramref name="moved"/>, the <paramref name="indent"/> they were written with taken off.</summary>
    public static List<string> Unindent(string moved, string indent)
    {
        var lines = moved.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        if (lines.Count > 1 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        lines[^1] = lines[^1].TrimEnd();

        return [.. lines.Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : string.IsNullOrWhiteSpace(l) ? string.Empty : l)];
    }

    public static string NewLine(SourceText text) => SuppressionActions.NewLine(text);

    /// <summary>The written order of areas in a block: jobs, pains, gains; offers, relievers, creators.</summary>
    private static int Order(CanvasArea area) => area switch
    {
        CanvasArea.Jobs or CanvasArea.ProductsAndServices => 0,
        CanvasArea.Pains or CanvasArea.PainRelievers => 1,
        _ => 2,
    };

    private static bool IsRegionDirective(string comment) =>
        (comment.Contains("canvaslang-disable", StringComparison.Ordinal) && !comment.Contains("canvaslang-disable-next-line", StringComparison.Ordinal))
        || comment.Contains("canvaslang-enable", StringComparison.Ordinal);

    /// <summary>A comment that is all there is on the lines just above <paramref name="line"/>.</summary>
    private static CommentSyntax? CommentLineAbove(SourceText text, int line, ImmutableArray<CommentSyntax> comments)
    {
        if (line == 0)
        {
            return null;
        }

        var above = line - 1;
        var end = text.LineEnd(above);
        var comment = comments.LastOrDefault(c => c.Span.End <= end && c.Span.End >= text.LineStart(above));
        if (comment is null || !IsBlank(text.Text, comment.Span.End, end))
        {
            return null;
        }

        var start = text.LineStart(text.LineOf(comment.Span.Start));
        return IsBlank(text.Text, start, comment.Span.Start) ? comment : null;
    }

    private static bool StartsLine(SourceText text, int offset) => IsBlank(text.Text, text.LineStart(text.LineOf(offset)), offset);

    /// <summary>Only blanks and comments that close on this line follow <paramref name="offset"/> on its line.</summary>
    private static bool EndsLine(SourceText text, int offset, ImmutableArray<CommentSyntax> comments)
    {
        var end = text.LineEnd(text.LineOf(offset));
        var at = offset;
        while (at < end)
        {
            if (char.IsWhiteSpace(text.Text[at]))
            {
                at++;
            }
            else if (comments.FirstOrDefault(c => c.Span.Start == at) is { } comment && comment.Span.End <= end)
            {
                at = comment.Span.End;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlank(string s, int start, int end) => s.AsSpan(start, Math.Max(0, end - start)).IsWhiteSpace();

    private static IEnumerable<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        TextSpan? current = null;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (current is { } c && span.Start <= c.End)
            {
                current = c.Cover(span);
            }
            else
            {
                if (current is { } done)
                {
                    yield return done;
                }

                current = span;
            }
        }

        if (current is { } last)
        {
            yield return last;
        }
    }
}
