using Antlr4.Runtime;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Parsing;

/// <summary>What a token of the language is, as editor features need to know it.</summary>
public enum TokenKind
{
    /// <summary>A keyword, an identifier, a number or a date.</summary>
    Word,

    /// <summary>A quoted text, closed or not.</summary>
    String,

    OpenBrace,
    CloseBrace,
    Comma,

    /// <summary>A line or block comment, closed or not.</summary>
    Comment,
}

/// <summary>One token of a range of text: [<see cref="Start"/>, <see cref="End"/>) in the whole text.</summary>
public readonly record struct CanvasToken(TokenKind Kind, int Start, int End, string Text);

/// <summary>
/// The language's own lexer over part of a text, for features that read text being typed, where the
/// tree may be broken (completion, hover): the same tokens the parser reads, comments included, and no
/// second lexer to keep in step with the grammar. Stray characters are left out.
/// </summary>
public static class CanvasTokens
{
    public static List<CanvasToken> Lex(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        // Ends at the end (without copying the text before it), so a string or comment that runs on past it ends there, as it does while being typed.
        var tokenizer = new CanvasTokenizer(text, start, end);
        var tokens = new List<CanvasToken>();
        for (var token = tokenizer.Next(); token.Type != TokenConstants.EOF; token = tokenizer.Next())
        {
            var kind = token.Type switch
            {
                CanvasLexer.STRING or CanvasLexer.UNTERMINATED_STRING => TokenKind.String,
                CanvasLexer.LBRACE => TokenKind.OpenBrace,
                CanvasLexer.RBRACE => TokenKind.CloseBrace,
                CanvasLexer.COMMA => TokenKind.Comma,
                _ => TokenKind.Word,
            };
            tokens.Add(new CanvasToken(kind, token.StartIndex, token.StopIndex + 1, token.Text));
        }

        var comments = tokenizer.Comments;
        foreach (var comment in comments)
        {
            tokens.Add(new CanvasToken(TokenKind.Comment, comment.Span.Start, comment.Span.End, comment.Text));
        }

        if (comments.Count > 0)
        {
            tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return tokens;
    }
}
