using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>Text edits on profile entries that keep the file's one-entry-a-line layout.</summary>
internal static class EntryEdits
{
    /// <summary>Removes an entry: its whole line when nothing else (but a comment) is on it, else just the entry.</summary>
    public static TextEdit Delete(SourceText text, Entry entry)
    {
        var line = text.LineOf(entry.Span.Start);
        var start = text.LineStart(line);
        var end = text.LineEnd(line);
        var before = text.Text.AsSpan(start, entry.Span.Start - start);
        var after = text.Text.AsSpan(entry.Span.End, end - entry.Span.End).Trim();
        if (before.IsWhiteSpace() && (after.IsEmpty || after.StartsWith("//")) && text.LineOf(entry.Span.End) == line)
        {
            var next = line + 1 < text.LineCount ? text.LineStart(line + 1) : end;
            return new TextEdit(TextSpan.FromBounds(start, next), string.Empty);
        }

        return new TextEdit(entry.Span, string.Empty);
    }

    /// <summary>
    /// Appends attribute words (" severity high") right after an entry. The next token may touch the
    /// entry (`gain ""gain g ""` is valid), so a space follows the words when nothing separates them.
    /// </summary>
    public static TextEdit Append(SourceText text, TextSpan entry, string words, bool isSnippet = false) =>
        new(new TextSpan(entry.End, 0), entry.End < text.Length && !char.IsWhiteSpace(text.Text[entry.End]) ? words + " " : words, isSnippet);

    /// <summary>Inserts <paramref name="lines"/> (no indentation, no newline) after the line of <paramref name="anchor"/>, indented like it.</summary>
    public static TextEdit InsertAfter(SourceText text, TextSpan anchor, IEnumerable<string> lines, bool isSnippet = false)
    {
        var line = text.LineOf(anchor.End);
        var indent = text.IndentationOf(text.LineOf(anchor.Start));
        var end = text.LineEnd(line);

        // Only a line comment may stay before the new lines; a closing brace, another entry or an open
        // block comment after the anchor must come after them.
        var rest = text.Text.AsSpan(anchor.End, end - anchor.End).Trim();
        var at = rest.IsEmpty || rest.StartsWith("//") ? end : anchor.End;
        var body = string.Concat(lines.Select(l => "\n" + indent + l));
        return new TextEdit(new TextSpan(at, 0), body, isSnippet);
    }

    /// <summary>Inserts lines at the end of a block, before its closing brace (indented one step deeper).</summary>
    public static TextEdit InsertAtEnd(SourceText text, BlockSyntax block, IEnumerable<string> lines, bool isSnippet = false)
    {
        if (block.Entries.Length > 0)
        {
            return InsertAfter(text, block.Entries[^1].Span, lines, isSnippet);
        }

        var close = block.CloseBrace?.Span.Start ?? block.Span.End;
        var indent = text.IndentationOf(text.LineOf(block.Span.Start)) + "  ";
        var body = string.Concat(lines.Select(l => indent + l + "\n"));
        var closeLine = text.LineOf(close);
        var lineStart = text.LineStart(closeLine);
        return text.Text.AsSpan(lineStart, close - lineStart).IsWhiteSpace()
            ? new TextEdit(new TextSpan(lineStart, 0), body, isSnippet)
            : new TextEdit(new TextSpan(close, 0), "\n" + body, isSnippet);
    }

    /// <summary>The source of an entry's quoted text, escapes kept.</summary>
    public static string QuotedSource(SourceText text, Entry entry) =>
        entry.Syntax.Text is { } s ? text[s.Span] : "\"\"";

}
