using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Completion;

internal enum ScanKind
{
    Word = TokenKind.Word,
    String = TokenKind.String,
    OpenBrace = TokenKind.OpenBrace,
    CloseBrace = TokenKind.CloseBrace,
    Comma = TokenKind.Comma,
    Comment = TokenKind.Comment,
}

internal readonly record struct ScanToken(ScanKind Kind, int Start, int End, string Text);

/// <summary>
/// Tokens of text being typed, where the parse tree may be broken, read by the language's own lexer
/// (<see cref="CanvasTokens"/>) from a position known to be outside strings and comments.
/// </summary>
internal static class TokenScanner
{
    public static List<ScanToken> Scan(string text, int start, int end) =>
        CanvasTokens.Lex(text, start, end).ConvertAll(t => new ScanToken((ScanKind)t.Kind, t.Start, t.End, t.Text));

    /// <summary>
    /// The tokens from the start of <paramref name="declaration"/> (or the file) to <paramref name="end"/>,
    /// skipping a profile's or value map's earlier entries when the parse vouches for them (no syntax
    /// error before the entry the scan resumes at): its header and the last entries read the same, and
    /// a block of thousands of entries is not scanned whole on every request.
    /// </summary>
    public static List<ScanToken> ScanBefore(SyntaxTree tree, DeclarationSyntax? declaration, int end)
    {
        var text = tree.Text.Text;
        var start = declaration?.Span.Start ?? 0;
        if (declaration is not BlockSyntax { OpenBrace: { } open } block || LastEntryStart(block, end) is not { } resume
            || resume <= open.Span.End || tree.Diagnostics.Any(d => d.Span.Start < resume))
        {
            return Scan(text, start, end);
        }

        var tokens = Scan(text, start, open.Span.End);
        tokens.AddRange(Scan(text, resume, end));
        return tokens;
    }

    private static int? LastEntryStart(BlockSyntax block, int before)
    {
        var entries = block.Entries;
        int low = 0, high = entries.Length - 1;
        int? found = null;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (entries[mid].Span.Start < before)
            {
                found = entries[mid].Span.Start;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>The identifier-like word touching <paramref name="offset"/>, if any.</summary>
    public static (int Start, int End) WordAt(string text, int offset)
    {
        var start = Math.Clamp(offset, 0, text.Length);
        var end = start;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The declaration the offset is in or after (the last one starting before it), or null at the top of the file.</summary>
    public static DeclarationSyntax? DeclarationAt(SyntaxTree tree, int offset)
    {
        var declarations = tree.Declarations;
        int low = 0, high = declarations.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (declarations[mid].Span.Start < offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found < 0 ? null : declarations[found];
    }

    /// <summary>True when <paramref name="offset"/> is inside a string or a comment of the tree.</summary>
    public static bool InStringOrComment(SyntaxTree tree, int offset) =>
        InStringOrComment(tree, offset, Scan(tree.Text.Text, DeclarationAt(tree, offset)?.Span.Start ?? 0, offset));

    /// <summary>The same, given the tokens scanned from a declaration's start (or the file's) up to <paramref name="offset"/>.</summary>
    public static bool InStringOrComment(SyntaxTree tree, int offset, List<ScanToken> tokens)
    {
        if (tree.Comments.Any(c => offset > c.Span.Start && (offset < c.Span.End || (!c.IsBlock && offset == c.Span.End))))
        {
            return true;
        }

        return tokens.Count > 0 && tokens[^1] is { Kind: ScanKind.String or ScanKind.Comment } last
            && (last.End > offset || (last.End == offset && !IsClosed(last)));
    }

    private static bool IsClosed(ScanToken token) =>
        token.Kind == ScanKind.String ? token.Text.Length >= 2 && token.Text[^1] == '"' : token.Text.StartsWith("/*", StringComparison.Ordinal) && token.Text.EndsWith("*/", StringComparison.Ordinal);
}
