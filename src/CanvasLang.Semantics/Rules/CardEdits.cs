using System.Collections.Immutable;
using System.Text;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules;

/// <summary>Text edits on cards of fields (test cards, personas) and blocks of items (SWOTs) that keep their layout.</summary>
internal static class CardEdits
{
    /// <summary>
    /// Inserts <paramref name="fields"/> (each one field, no indentation) before the card's closing
    /// brace: one per line, indented like its fields, when the brace has a line of its own; on the
    /// brace's line otherwise, so a card written on one line stays on one line. Null without both braces.
    /// </summary>
    public static TextEdit? AppendFields(
        SourceText text,
        SyntaxToken keyword,
        SyntaxToken? open,
        ImmutableArray<FieldSyntax> existing,
        SyntaxToken? close,
        IReadOnlyList<string> fields,
        bool isSnippet = true) =>
        AppendMembers(text, keyword, open, existing.Length > 0 ? existing[0].Span : null, close, fields, isSnippet);

    /// <summary>As <see cref="AppendFields"/>, for any block whose first member (field, entry, SWOT item) starts at <paramref name="first"/>.</summary>
    public static TextEdit? AppendMembers(
        SourceText text,
        SyntaxToken keyword,
        SyntaxToken? open,
        TextSpan? first,
        SyntaxToken? close,
        IReadOnlyList<string> fields,
        bool isSnippet = true)
    {
        if (open is null || close is null)
        {
            return null;
        }

        if (!Anchors.StartsLine(text, close.Span.Start) || text.LineOf(close.Span.Start) <= text.LineOf(open.Span.Start))
        {
            return new TextEdit(new TextSpan(close.Span.Start, 0), string.Join(" ", fields) + " ", isSnippet);
        }

        // The usual layout: indented like the other fields, or two spaces deeper than the card.
        var indent = first is { } member ? Anchors.IndentAt(text, member.Start) : Anchors.IndentAt(text, keyword.Span.Start) + "  ";
        var lines = new StringBuilder();
        foreach (var field in fields)
        {
            lines.Append(indent).Append(field).Append('\n');
        }

        return new TextEdit(new TextSpan(text.LineStart(text.LineOf(close.Span.Start)), 0), lines.ToString(), isSnippet);
    }

    /// <summary>
    /// Inserts one <paramref name="field"/> (no indentation) right after <paramref name="after"/>: on a
    /// line of its own, indented like it, when that field starts its line and nothing but a comment
    /// follows it there (the comment stays with its field); on the same line otherwise, so a card
    /// written on one line stays on one line.
    /// </summary>
    public static TextEdit InsertFieldAfter(SourceText text, FieldSyntax after, SyntaxToken? close, string field, bool isSnippet = false)
    {
        var line = text.LineOf(after.Span.End);
        var next = line + 1;
        var ownLine = Anchors.StartsLine(text, after.Span.Start)
            && RestIsComment(text, after.Span.End, line)
            && next < text.LineCount
            && (close is null || text.LineOf(close.Span.Start) > line);
        return ownLine
            ? new TextEdit(new TextSpan(text.LineStart(next), 0), $"{Anchors.IndentAt(text, after.Span.Start)}{field}\n", isSnippet)
            : new TextEdit(new TextSpan(after.Span.End, 0), " " + field, isSnippet);
    }

    /// <summary>Only blanks, or a line comment, from <paramref name="offset"/> to the end of its line.</summary>
    private static bool RestIsComment(SourceText text, int offset, int line)
    {
        var end = line + 1 < text.LineCount ? text.LineStart(line + 1) : text.Text.Length;
        var rest = text.Text[offset..end].Trim();
        return rest.Length == 0 || rest.StartsWith("//", StringComparison.Ordinal);
    }
}
