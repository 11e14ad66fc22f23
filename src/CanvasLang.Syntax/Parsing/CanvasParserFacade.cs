using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Parsing;

/// <summary>
/// Text → <see cref="SyntaxTree"/>. Lexes once, rewrites the tokens the parser cannot use into
/// located messages, parses with ANTLR (fast SLL first, full LL with human errors on failure) and
/// builds our own immutable tree.
/// </summary>
public static class CanvasParserFacade
{
    /// <summary>Files above this many characters are refused with one message instead of being parsed.</summary>
    public const int MaxLength = 8 * 1024 * 1024;

    /// <summary>Syntax errors reported per file before the rest are summed up in one line.</summary>
    public const int MaxSyntaxErrors = SyntaxErrorSink.MaxErrors;

    public const string SyntaxCode = "CV001";
    public const string SyntaxName = "syntax";
    public const string ForeignCode = "CV000";
    public const string ForeignName = "not-canvaslang";

    private static readonly string?[] KeywordTexts = Enumerable.Range(0, CanvasLexer.STRAY + 1)
        .Select(t => CanvasLexer.DefaultVocabulary.GetLiteralName(t)?.Trim('\''))
        .ToArray();

    public static SyntaxTree Parse(SourceText text, string path)
    {
        if (Prescreen(text) is { } refused)
        {
            return refused with { Path = path };
        }

        var sink = new SyntaxErrorSink();
        var comments = ImmutableArray.CreateBuilder<CommentSyntax>();
        var tokens = Lex(text, sink, comments);

        var parser = new CanvasParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        CanvasParser.FileContext file;
        try
        {
            file = parser.file();
        }
        catch (ParseCanceledException)
        {
            // The fast path gave up: parse again in full LL mode, where errors are reported and recovered.
            var tokenStream = new CommonTokenStream(new ListTokenSource(tokens));
            parser = new CanvasParser(tokenStream);
            parser.RemoveErrorListeners();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            parser.ErrorHandler = new HumanErrorStrategy(sink);
            file = parser.file();
        }

        var builder = new SyntaxTreeBuilder(text);
        var declarations = builder.Build(file);
        var diagnostics = sink.Errors
            .OrderBy(e => e.Start)
            .Select(e => Error(e.Message, new TextSpan(e.Start, e.Length)))
            .ToList();
        if (sink.Dropped > 0)
        {
            diagnostics.Add(Error($"{sink.Dropped} more syntax errors are not shown; fix the ones above first", new TextSpan(text.Length, 0)));
        }

        return new SyntaxTree(path, text, declarations, comments.ToImmutable(), [.. diagnostics]);
    }

    internal static Diagnostic Error(string message, TextSpan span) =>
        new(SyntaxCode, SyntaxName, DiagnosticSeverity.Error, message, span);

    /// <summary>Files that are not CanvasLang at all get one clear message and no parse.</summary>
    internal static SyntaxTree? Prescreen(SourceText text)
    {
        var s = text.Text;
        if (s.Length > MaxLength)
        {
            return Refused(text, Error(
                $"this file has {s.Length / (1024 * 1024)} MB of text; CanvasLang reads canvases up to {MaxLength / (1024 * 1024)} MB: split it into files joined by `import`",
                new TextSpan(0, 0)));
        }

        var nul = s.IndexOf('\0');
        if (nul >= 0)
        {
            return Refused(text, Error("this file contains NUL bytes: it looks like a binary file, not a canvas", new TextSpan(nul, 1)));
        }

        var first = 0;
        while (first < s.Length && (char.IsWhiteSpace(s[first]) || s[first] == '\uFEFF'))
        {
            first++;
        }

        if (first < s.Length && s[first] == '{')
        {
            return Refused(text, new Diagnostic(ForeignCode, ForeignName, DiagnosticSeverity.Info,
                "this file starts with `{`: it looks like a JSON Canvas file, not CanvasLang, so it is left alone",
                new TextSpan(first, 1))) with { IsForeignFormat = true };
        }

        return null;
    }

    private static SyntaxTree Refused(SourceText text, Diagnostic diagnostic) =>
        new(string.Empty, text, [], [], [diagnostic]);

    private static List<IToken> Lex(SourceText text, SyntaxErrorSink sink, ImmutableArray<CommentSyntax>.Builder comments) =>
        Lex(text.Text, sink, comments, 0);

    /// <summary>
    /// The parser's tokens of <paramref name="text"/>; comments go to <paramref name="comments"/> at
    /// <paramref name="offset"/> + their position, problems the lexer sees go to the sink.
    /// </summary>
    internal static List<IToken> Lex(string text, SyntaxErrorSink sink, ImmutableArray<CommentSyntax>.Builder comments, int offset)
    {
        // AntlrInputStream indexes UTF-16 code units, the unit of our spans and of LSP positions
        // (CharStreams.fromString counts code points, which shifts everything after an emoji).
        var lexer = new CanvasLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = new List<IToken>();
        for (var token = lexer.NextToken(); ; token = lexer.NextToken())
        {
            var span = new TextSpan(offset + token.StartIndex, token.StopIndex - token.StartIndex + 1);
            switch (token.Type)
            {
                case CanvasLexer.LINE_COMMENT:
                case CanvasLexer.BLOCK_COMMENT:
                    comments.Add(new CommentSyntax(token.Text, span, token.Type == CanvasLexer.BLOCK_COMMENT));
                    continue;
                case CanvasLexer.UNTERMINATED_COMMENT:
                    comments.Add(new CommentSyntax(token.Text, span, true));
                    sink.AddAt(span.Start, 2, token.Line, "unterminated comment: `/*` has no closing `*/`");
                    continue;
                case CanvasLexer.STRAY:
                    // A character outside the BMP arrives as two UTF-16 halves: report it once, whole.
                    var stray = token.Text;
                    if (char.IsLowSurrogate(stray[0]) && token.StartIndex > 0 && char.IsHighSurrogate(text[token.StartIndex - 1]))
                    {
                        continue;
                    }

                    if (char.IsHighSurrogate(stray[0]) && token.StartIndex + 1 < text.Length && char.IsLowSurrogate(text[token.StartIndex + 1]))
                    {
                        stray = text.Substring(token.StartIndex, 2);
                    }

                    sink.AddAt(span.Start, stray.Length, token.Line, StrayMessage(stray));
                    continue;
                case CanvasLexer.UNTERMINATED_STRING:
                    sink.AddAt(span.Start, span.Length, token.Line,
                        "unterminated string: add the closing `\"` on the same line (a string cannot span lines)");
                    // Still a string for the parser, so the entry it belongs to is kept.
                    ((CommonToken)token).Type = CanvasLexer.STRING;
                    break;
                case CanvasLexer.STRING:
                    CheckEscapes(token, sink);
                    break;
            }

            var common = (CommonToken)token;
            common.TokenIndex = tokens.Count;

            // CommonToken.Text cuts a new substring on every read; later stages read it often. Keep one
            // copy per token, and the vocabulary's own string for keywords.
            common.Text = token.Type > 0 && token.Type < KeywordTexts.Length && KeywordTexts[token.Type] is { } keyword ? keyword : common.Text;
            tokens.Add(token);
            if (token.Type == TokenConstants.EOF)
            {
                return tokens;
            }
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

    private static void CheckEscapes(IToken token, SyntaxErrorSink sink)
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
                sink.AddAt(token.StartIndex + i, 2, token.Line,
                    $"unknown escape `\\{next}` in a string: only `\\\"` and `\\\\` are allowed (write a backslash as `\\\\`)");
            }

            i++;
        }
    }

    /// <summary>The value of a string token (terminated or not): quotes dropped, escapes resolved.</summary>
    internal static string Unescape(string raw)
    {
        var result = new System.Text.StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length)
            {
                result.Append(raw[++i]);
            }
            else if (c == '"')
            {
                break;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
