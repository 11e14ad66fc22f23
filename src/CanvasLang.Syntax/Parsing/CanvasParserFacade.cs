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
/// located messages, cuts the tokens into segments that start lines (<see cref="Segmenter"/>), parses
/// each alone with ANTLR (fast SLL first, full LL with human errors on failure) and builds our own
/// immutable tree from them.
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

    public static SyntaxTree Parse(SourceText text, string path)
    {
        if (Prescreen(text) is { } refused)
        {
            return refused with { Path = path };
        }

        return Assemble(path, text, [.. SegmentReader.Read(text, 0, SegmentKind.Top, valueMap: false, stop: null, stoppedAt: static () => null)]);
    }

    /// <summary>
    /// The tree of a text from its segments, in order: blocks read in segments are put back together,
    /// and of the syntax errors, lexical ones first, then the parser's, one per line is shown, at most
    /// <see cref="MaxSyntaxErrors"/>.
    /// </summary>
    internal static SyntaxTree Assemble(string path, SourceText text, ImmutableArray<Segment> segments)
    {
        var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
        var comments = ImmutableArray.CreateBuilder<CommentSyntax>();
        Segment? open = null;
        var entries = ImmutableArray.CreateBuilder<EntrySyntax>();
        var blockEnd = 0;
        foreach (var segment in segments)
        {
            comments.AddRange(segment.Comments);
            switch (segment.Role)
            {
                case SegmentRole.Declarations:
                    declarations.AddRange(segment.Declarations);
                    break;
                case SegmentRole.Open:
                    open = segment;
                    entries.Clear();
                    entries.AddRange(segment.Entries);
                    blockEnd = segment.BlockEnd;
                    break;
                case SegmentRole.Entries or SegmentRole.Close when open is not null:
                    entries.AddRange(segment.Entries);
                    blockEnd = Math.Max(blockEnd, segment.BlockEnd);
                    if (segment.Role == SegmentRole.Close)
                    {
                        declarations.Add(Block(open, entries.ToImmutable(), segment.CloseBrace, blockEnd));
                        declarations.AddRange(segment.Declarations);
                        open = null;
                    }

                    break;
                default:
                    throw new InvalidOperationException("entries are read in segments only after a block's opening");
            }
        }

        return new SyntaxTree(path, text, declarations.ToImmutable(), comments.ToImmutable(), Diagnostics(text, segments)) { Segments = segments };
    }

    private static BlockSyntax Block(Segment open, ImmutableArray<EntrySyntax> entries, SyntaxToken? close, int end)
    {
        var keyword = open.Keyword!;
        var span = TextSpan.FromBounds(keyword.Span.Start, Math.Max(end, keyword.Span.End));
        return open.ValueMap
            ? new ValueMapSyntax(keyword, open.Name, open.OpenBrace, entries, close, span)
            : new ProfileSyntax(keyword, open.Name, open.OpenBrace, entries, close, span);
    }

    private static ImmutableArray<Diagnostic> Diagnostics(SourceText text, ImmutableArray<Segment> segments)
    {
        var shown = new List<SyntaxProblem>();
        var lines = new HashSet<int>();
        var dropped = 0;
        void Show(SyntaxProblem problem)
        {
            // One error per line, so that one mistake never cascades.
            if (!lines.Add(text.LineOf(problem.Start)))
            {
                return;
            }

            if (shown.Count >= MaxSyntaxErrors)
            {
                dropped++;
                return;
            }

            shown.Add(problem);
        }

        foreach (var segment in segments)
        {
            foreach (var problem in segment.LexicalProblems)
            {
                Show(problem);
            }
        }

        string? block = null;
        foreach (var segment in segments)
        {
            if (segment.Role == SegmentRole.Open)
            {
                block = segment.Name?.Text;
            }

            foreach (var problem in segment.ParseProblems)
            {
                Show(problem.BlockNameAt < 0 ? problem : problem with { Message = problem.Message.Insert(problem.BlockNameAt, block ?? "…") });
            }
        }

        if (shown.Count == 0)
        {
            return [];
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(shown.Count + 1);
        diagnostics.AddRange(shown.OrderBy(p => p.Start).Select(p => Error(p.Message, new TextSpan(p.Start, p.Length))));
        if (dropped > 0)
        {
            diagnostics.Add(Error($"{dropped} more syntax errors are not shown; fix the ones above first", new TextSpan(text.Length, 0)));
        }

        return diagnostics.ToImmutable();
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
