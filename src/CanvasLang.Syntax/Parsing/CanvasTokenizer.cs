using Antlr4.Runtime;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Parsing;

/// <summary>A syntax error before it is placed on its line: offset, length, message. <see cref="BlockNameAt"/>, when not -1, is where the name of the block it is about goes into the message.</summary>
internal readonly record struct SyntaxProblem(int Start, int Length, string Message, int BlockNameAt = -1)
{
    public SyntaxProblem Shift(int delta) => this with { Start = Start + delta };
}

/// <summary>
/// The parser's tokens of a text, one at a time, from any offset where a token starts: comments are
/// kept aside, and what the parser cannot use (stray characters, unterminated comments, strings and
/// escapes) becomes a located problem. Offsets are the text's own, wherever lexing started.
/// </summary>
internal sealed class CanvasTokenizer
{
    private static readonly string?[] KeywordTexts = Enumerable.Range(0, CanvasLexer.STRAY + 1)
        .Select(t => CanvasLexer.DefaultVocabulary.GetLiteralName(t)?.Trim('\''))
        .ToArray();

    private readonly string text;
    private readonly int end;
    private readonly CanvasLexer lexer;

    /// <summary>Tokens from <paramref name="start"/>; the input ends at <paramref name="end"/> (the text's end when -1), as if the text were cut there.</summary>
    public CanvasTokenizer(string text, int start, int end = -1)
    {
        this.text = text;
        this.end = end < 0 ? text.Length : end;
        var input = new StringCharStream(text, this.end);
        input.Seek(start);
        lexer = new CanvasLexer(input);
        lexer.RemoveErrorListeners();
    }

    public List<CommentSyntax> Comments { get; } = [];

    public List<SyntaxProblem> Problems { get; } = [];

    /// <summary>The next token for the parser; the end-of-file token at the end (and ever after).</summary>
    public IToken Next()
    {
        for (var token = lexer.NextToken(); ; token = lexer.NextToken())
        {
            var span = new Text.TextSpan(token.StartIndex, token.StopIndex - token.StartIndex + 1);
            switch (token.Type)
            {
                case CanvasLexer.LINE_COMMENT:
                case CanvasLexer.BLOCK_COMMENT:
                    Comments.Add(new CommentSyntax(token.Text, span, token.Type == CanvasLexer.BLOCK_COMMENT));
                    continue;
                case CanvasLexer.UNTERMINATED_COMMENT:
                    Comments.Add(new CommentSyntax(token.Text, span, true));
                    Problems.Add(new SyntaxProblem(span.Start, 2, "unterminated comment: `/*` has no closing `*/`"));
                    continue;
                case CanvasLexer.STRAY:
                    // A character outside the BMP arrives as two UTF-16 halves: report it once, whole.
                    var stray = token.Text;
                    if (char.IsLowSurrogate(stray[0]) && token.StartIndex > 0 && char.IsHighSurrogate(text[token.StartIndex - 1]))
                    {
                        continue;
                    }

                    if (char.IsHighSurrogate(stray[0]) && token.StartIndex + 1 < end && char.IsLowSurrogate(text[token.StartIndex + 1]))
                    {
                        stray = text.Substring(token.StartIndex, 2);
                    }

                    Problems.Add(new SyntaxProblem(span.Start, stray.Length, StrayMessage(stray)));
                    continue;
                case CanvasLexer.UNTERMINATED_STRING:
                    Problems.Add(new SyntaxProblem(span.Start, span.Length,
                        "unterminated string: add the closing `\"` on the same line (a string cannot span lines)"));
                    // Still a string for the parser, so the entry it belongs to is kept.
                    ((CommonToken)token).Type = CanvasLexer.STRING;
                    break;
                case CanvasLexer.STRING:
                    CheckEscapes(token);
                    break;
            }

            // CommonToken.Text cuts a new substring on every read; later stages read it often. Keep one
            // copy per token, and the vocabulary's own string for keywords.
            var common = (CommonToken)token;
            common.Text = token.Type > 0 && token.Type < KeywordTexts.Length && KeywordTexts[token.Type] is { } keyword ? keyword : common.Text;
            return token;
        }
    }

    private static string StrayMessage(string text) => text switch
    {
        "\"" => "unterminated string",
        ":" or "=" => $"unexpected `{text}`: attributes are written as `severity high`, without `{text}`",
        ";" => "unexpected `;`: entries need no separator, put each on its own line",
        "[" or "]" or "(" or ")" => $"unexpected `{text}`: references are written as `relieves a, b` without brackets",
        "'" or "\u201C" or "\u201D" or "\u2018" or "\u2019" => $"unexpected `{text}`: quote texts with straight double quotes `\"`",
        _ => $"unexpected character `{text}`",
    };

    private void CheckEscapes(IToken token)
    {
        var s = token.Text;
        for (var i = 1; i < s.Length - 1; i++)
        {
            if (s[i] != '\\')
            {
                continue;
            }

            var next = s[i + 1];
            if (next is not ('"' or '\\'))
            {
                Problems.Add(new SyntaxProblem(token.StartIndex + i, 2,
                    $"unknown escape `\\{next}` in a string: only `\\\"` and `\\\\` are allowed (write a backslash as `\\\\`)"));
            }

            i++;
        }
    }
}
