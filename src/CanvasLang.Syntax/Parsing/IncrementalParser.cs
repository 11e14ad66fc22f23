using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Parsing;

/// <summary>
/// After a one-range edit, reparses only the entry (or, outside blocks, the declaration) the edit falls
/// in, and reuses every other node, shifted. A keystroke in a canvas of 10,000 entries then costs a
/// line's parse instead of the file's.
/// <para>
/// It only answers when the result is the tree a full parse would give; otherwise it returns null and
/// the caller parses the whole text. That holds when: the old tree had no syntax error, the piece
/// reparsed alone has none, the piece starts after whitespace or a brace (so no token before it can
/// grow into it) and ends in whitespace that no token of it swallows (so it cannot grow into the next
/// token). Entries and declarations start with a keyword, so the grammar decides where each ends
/// from the piece alone.
/// </para>
/// </summary>
public static class IncrementalParser
{
    /// <summary>The tree of <paramref name="newText"/>, which is <paramref name="old"/>'s text with <paramref name="replaced"/> replaced by <paramref name="insertedText"/>; null when only a full parse can tell.</summary>
    public static SyntaxTree? TryReparse(SyntaxTree old, TextSpan replaced, string insertedText, SourceText newText)
    {
        if (old.IsForeignFormat || old.Diagnostics.Length > 0 || replaced.End > old.Text.Length
            || newText.Length != old.Text.Length - replaced.Length + insertedText.Length
            || CanvasParserFacade.Prescreen(newText) is not null)
        {
            return null;
        }

        var delta = insertedText.Length - replaced.Length;
        return TryEntries(old, replaced, delta, newText) ?? TryDeclarations(old, replaced, delta, newText);
    }

    /// <summary>The edit lies inside a profile or value map, between its braces: reparse the entry it touches.</summary>
    private static SyntaxTree? TryEntries(SyntaxTree old, TextSpan replaced, int delta, SourceText newText)
    {
        var index = Declaration(old.Declarations, replaced.Start);
        if (index < 0 || old.Declarations[index] is not BlockSyntax { OpenBrace: { } open, CloseBrace: { } close } block
            || replaced.Start < open.Span.End || replaced.End > close.Span.Start)
        {
            return null;
        }

        var entries = block.Entries;
        var first = LastStartingBefore(entries, replaced.Start, e => e.Span.Start);
        var start = first < 0 ? open.Span.End : entries[first].Span.Start;
        var next = first + 1;
        var end = next < entries.Length ? entries[next].Span.Start : close.Span.Start;
        if (replaced.End > end)
        {
            return null;
        }

        var piece = Piece(old, start, end, delta, newText, atEnd: false);
        if (piece is null)
        {
            return null;
        }

        var parsed = ParseRepeated<ParserRuleContext, EntrySyntax>(piece.Value, parser => block is ProfileSyntax ? parser.profileEntry() : parser.valueEntry(),
            (builder, context) => builder.Entry((ParserRuleContext)context.GetChild(0)), newText);
        if (parsed is null)
        {
            return null;
        }

        var newEntries = ImmutableArray.CreateBuilder<EntrySyntax>(entries.Length - (next - Math.Max(first, 0)) + parsed.Value.Nodes.Length);
        for (var i = 0; i < Math.Max(first, 0); i++)
        {
            newEntries.Add(entries[i]);
        }

        newEntries.AddRange(parsed.Value.Nodes);
        for (var i = next; i < entries.Length; i++)
        {
            newEntries.Add(SyntaxShift.Shift(entries[i], delta));
        }

        var closeShifted = new SyntaxToken(close.Text, new TextSpan(close.Span.Start + delta, close.Span.Length));
        var span = new TextSpan(block.Span.Start, block.Span.Length + delta);
        DeclarationSyntax rebuilt = block switch
        {
            ProfileSyntax p => p with { Entries = newEntries.ToImmutable(), CloseBrace = closeShifted, Span = span },
            ValueMapSyntax v => v with { Entries = newEntries.ToImmutable(), CloseBrace = closeShifted, Span = span },
            _ => throw new InvalidOperationException("a block is a profile or a value map"),
        };
        return Splice(old, index, index + 1, [rebuilt], start, end, delta, parsed.Value.Comments, newText);
    }

    /// <summary>Anywhere else: reparse the top-level declaration the edit touches.</summary>
    private static SyntaxTree? TryDeclarations(SyntaxTree old, TextSpan replaced, int delta, SourceText newText)
    {
        var declarations = old.Declarations;
        var first = LastStartingBefore(declarations, replaced.Start, d => d.Span.Start);
        var start = first < 0 ? 0 : declarations[first].Span.Start;
        var next = first + 1;
        var atEnd = next >= declarations.Length;
        var end = atEnd ? old.Text.Length : declarations[next].Span.Start;
        if (replaced.End > end)
        {
            return null;
        }

        var piece = Piece(old, start, end, delta, newText, atEnd);
        if (piece is null)
        {
            return null;
        }

        var parsed = ParseRepeated<CanvasParser.DeclarationContext, DeclarationSyntax>(piece.Value, parser => parser.declaration(), (builder, context) => builder.Declaration(context), newText);
        return parsed is null ? null : Splice(old, Math.Max(first, 0), next, parsed.Value.Nodes, start, end, delta, parsed.Value.Comments, newText);
    }

    /// <summary>The new text of the old range [start, end), if it can be parsed on its own.</summary>
    private static (string Text, int Offset)? Piece(SyntaxTree old, int start, int end, int delta, SourceText newText, bool atEnd)
    {
        var oldText = old.Text.Text;
        if (start > 0 && !IsSeparator(oldText[start - 1]))
        {
            return null;
        }

        var text = newText.Text.Substring(start, end + delta - start);
        return atEnd || (text.Length > 0 && IsWhitespace(text[^1])) ? (text, start) : null;
    }

    private static bool IsSeparator(char c) => IsWhitespace(c) || c == '{';

    /// <summary>The lexer's whitespace (its WS rule), not .NET's.</summary>
    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\uFEFF';

    private readonly record struct Parsed<T>(ImmutableArray<T> Nodes, ImmutableArray<CommentSyntax> Comments);

    /// <summary>Parses the piece as a sequence of one rule to its end; null on any lexical or syntax error.</summary>
    private static Parsed<T>? ParseRepeated<TContext, T>((string Text, int Offset) piece, Func<CanvasParser, TContext> rule,
        Func<SyntaxTreeBuilder, TContext, T?> build, SourceText newText)
        where TContext : ParserRuleContext
        where T : class
    {
        var sink = new SyntaxErrorSink();
        var comments = ImmutableArray.CreateBuilder<CommentSyntax>();
        var tokens = CanvasParserFacade.Lex(piece.Text, sink, comments, piece.Offset);
        if (sink.Errors.Count > 0 || sink.Dropped > 0)
        {
            return null;
        }

        // No token may reach the piece's end (the whitespace there must not be the tail of a comment),
        // or in the whole text it could run on into the next token.
        var lastEnd = comments.Count > 0 ? comments[^1].Span.End - piece.Offset : 0;
        if (tokens.Count > 1)
        {
            lastEnd = Math.Max(lastEnd, tokens[^2].StopIndex + 1);
        }

        if (lastEnd >= piece.Text.Length && piece.Offset + piece.Text.Length < newText.Length)
        {
            return null;
        }

        var stream = new CommonTokenStream(new ListTokenSource(tokens));
        var parser = new CanvasParser(stream);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        var builder = new SyntaxTreeBuilder(newText, piece.Offset);
        var nodes = ImmutableArray.CreateBuilder<T>();
        try
        {
            while (stream.LA(1) != TokenConstants.EOF)
            {
                var before = stream.Index;
                var node = build(builder, rule(parser));
                if (node is null || stream.Index == before)
                {
                    return null;
                }

                nodes.Add(node);
            }
        }
        catch (ParseCanceledException)
        {
            return null;
        }
        catch (RecognitionException)
        {
            return null;
        }

        return new Parsed<T>(nodes.ToImmutable(), comments.ToImmutable());
    }

    private static SyntaxTree Splice(SyntaxTree old, int from, int to, ImmutableArray<DeclarationSyntax> replacement,
        int start, int end, int delta, ImmutableArray<CommentSyntax> pieceComments, SourceText newText)
    {
        var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>(old.Declarations.Length - (to - from) + replacement.Length);
        for (var i = 0; i < from; i++)
        {
            declarations.Add(old.Declarations[i]);
        }

        declarations.AddRange(replacement);
        for (var i = to; i < old.Declarations.Length; i++)
        {
            declarations.Add(SyntaxShift.Shift(old.Declarations[i], delta));
        }

        var comments = ImmutableArray.CreateBuilder<CommentSyntax>();
        foreach (var comment in old.Comments)
        {
            if (comment.Span.End <= start)
            {
                comments.Add(comment);
            }
        }

        comments.AddRange(pieceComments);
        foreach (var comment in old.Comments)
        {
            if (comment.Span.Start >= end)
            {
                comments.Add(SyntaxShift.Shift(comment, delta));
            }
        }

        return old with { Text = newText, Declarations = declarations.ToImmutable(), Comments = comments.ToImmutable() };
    }

    /// <summary>Index of the declaration whose span holds the offset (binary search; declarations are in order).</summary>
    private static int Declaration(ImmutableArray<DeclarationSyntax> declarations, int offset)
    {
        var index = LastStartingBefore(declarations, offset + 1, d => d.Span.Start);
        return index >= 0 && declarations[index].Span.End >= offset ? index : -1;
    }

    /// <summary>The last item starting strictly before <paramref name="offset"/>, -1 if none.</summary>
    private static int LastStartingBefore<T>(ImmutableArray<T> items, int offset, Func<T, int> startOf)
    {
        int low = 0, high = items.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (startOf(items[middle]) < offset)
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
