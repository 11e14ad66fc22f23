using System.Collections.Immutable;
using System.Text;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Formatting;

/// <summary>
/// Lays a clean tree out in the canonical style, one chunk per declaration. Comments are placed by
/// where they were: after code on the same line they stay trailing on that line; on their own line
/// they stay above what follows; inside a unit that becomes one line, they move just above it.
/// </summary>
internal sealed class LayoutWriter
{
    private const string Indent = "  ";
    private readonly SyntaxTree tree;
    private readonly string text;
    private readonly string newline;
    private readonly List<CommentSyntax> comments;
    private int nextComment;

    public LayoutWriter(SyntaxTree tree)
    {
        this.tree = tree;
        text = tree.Text.Text;
        // Keep the file's own line ending style (its first line break decides).
        var firstBreak = text.IndexOf('\n');
        newline = firstBreak > 0 && text[firstBreak - 1] == '\r' ? "\r\n" : "\n";
        comments = [.. tree.Comments.OrderBy(c => c.Span.Start)];
    }

    public ImmutableArray<FormattedChunk> Write()
    {
        var chunks = ImmutableArray.CreateBuilder<FormattedChunk>();
        var chunkStart = 0;
        var consumedEnd = 0;
        DeclarationSyntax? previous = null;
        var declarations = tree.Declarations;
        for (var i = 0; i < declarations.Length; i++)
        {
            var declaration = declarations[i];
            var units = LayoutUnits.Of(declaration, text);
            var output = new StringBuilder();
            var firstThing = nextComment < comments.Count ? Math.Min(comments[nextComment].Span.Start, declaration.Span.Start) : declaration.Span.Start;
            if (previous is not null && !StaysCompact(previous, declaration, consumedEnd, firstThing))
            {
                output.Append(newline);
            }

            for (var u = 0; u < units.Count; u++)
            {
                var unit = units[u];
                var nextStart = u + 1 < units.Count ? units[u + 1].Span.Start
                    : i + 1 < declarations.Length ? declarations[i + 1].Span.Start : text.Length;
                var blanks = unit.Role switch
                {
                    UnitRole.First => BlankLines.BetweenOnly,
                    UnitRole.FirstInBlock => BlankLines.BetweenOnly,
                    UnitRole.Close => BlankLines.None,
                    _ => BlankLines.All,
                };
                consumedEnd = WriteUnit(output, unit, nextStart, consumedEnd, blanks);
            }

            var chunkEnd = EndOfLine(consumedEnd);
            if (nextComment < comments.Count)
            {
                chunkEnd = Math.Min(chunkEnd, comments[nextComment].Span.Start);
            }

            if (i + 1 < declarations.Length)
            {
                chunkEnd = Math.Min(chunkEnd, declarations[i + 1].Span.Start);
            }

            chunks.Add(new FormattedChunk(TextSpan.FromBounds(chunkStart, chunkEnd), output.ToString()));
            chunkStart = chunkEnd;
            previous = declaration;
        }

        chunks.Add(new FormattedChunk(TextSpan.FromBounds(chunkStart, text.Length), TrailingComments(consumedEnd, previous is not null)));
        return chunks.ToImmutable();
    }

    /// <summary>Consecutive one-line declarations of one kind (imports, segments, purposes) may stay together when written together.</summary>
    private bool StaysCompact(DeclarationSyntax previous, DeclarationSyntax current, int previousEnd, int firstThing) =>
        previous is not (BlockSyntax or TestSyntax or LearningSyntax or BusinessModelSyntax)
        && previous.Keyword.Text == current.Keyword.Text
        && !HasBlankLine(previousEnd, firstThing);

    private enum BlankLines
    {
        All,
        BetweenOnly,
        None,
    }

    /// <summary>Writes a unit's leading comments, its line and its trailing comments; returns where it stopped in the source.</summary>
    private int WriteUnit(StringBuilder output, LayoutUnit unit, int nextStart, int previousEnd, BlankLines blanks)
    {
        var indent = unit.Depth == 0 ? string.Empty : Indent;
        // Comments before a closing brace belong to the block's body.
        var commentIndent = unit.Role == UnitRole.Close ? Indent : indent;
        var position = previousEnd;
        var first = true;
        // Comments before the unit and inside it (the unit becomes one line, so those move above it).
        while (nextComment < comments.Count && comments[nextComment].Span.Start < unit.Span.End)
        {
            var comment = comments[nextComment++];
            var inside = comment.Span.Start >= unit.Span.Start;
            if (!inside && WantsBlank(blanks, first) && HasBlankLine(position, comment.Span.Start))
            {
                output.Append(newline);
            }

            output.Append(commentIndent).Append(CommentText(comment)).Append(newline);
            position = inside ? position : comment.Span.End;
            first = false;
        }

        if (WantsBlank(blanks, first) && HasBlankLine(position, unit.Span.Start))
        {
            output.Append(newline);
        }

        output.Append(indent).Append(unit.Line);
        var end = unit.Span.End;
        var line = tree.Text.LineOf(unit.Span.End);
        while (nextComment < comments.Count && comments[nextComment].Span.Start < nextStart
               && tree.Text.LineOf(comments[nextComment].Span.Start) == line)
        {
            var comment = comments[nextComment++];
            output.Append(' ').Append(CommentText(comment));
            end = comment.Span.End;
        }

        output.Append(newline);
        return end;
    }

    private static bool WantsBlank(BlankLines blanks, bool first) =>
        blanks == BlankLines.All || (blanks == BlankLines.BetweenOnly && !first);

    private string TrailingComments(int position, bool afterDeclarations)
    {
        var output = new StringBuilder();
        var first = true;
        while (nextComment < comments.Count)
        {
            var comment = comments[nextComment++];
            if ((first && afterDeclarations) || (!first && HasBlankLine(position, comment.Span.Start)))
            {
                output.Append(newline);
            }

            output.Append(CommentText(comment)).Append(newline);
            position = comment.Span.End;
            first = false;
        }

        return output.ToString();
    }

    /// <summary>Line comments lose trailing spaces; block comments are kept exactly, inner lines included.</summary>
    private static string CommentText(CommentSyntax comment) => comment.IsBlock ? comment.Text : comment.Text.TrimEnd();

    private bool HasBlankLine(int from, int to)
    {
        var breaks = 0;
        for (var i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                breaks++;
            }
        }

        return breaks >= 2;
    }

    private int EndOfLine(int position)
    {
        var i = position;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < text.Length && text[i] == '\r')
        {
            i++;
        }

        if (i < text.Length && text[i] == '\n')
        {
            i++;
        }

        return i;
    }
}
