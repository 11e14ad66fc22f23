using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Antlr4.Runtime.Tree;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;
using static CanvasLang.Syntax.Generated.CanvasParser;

namespace CanvasLang.Syntax.Parsing;

/// <summary>
/// Lexes a text from the start of a segment, cuts the tokens into segments (<see cref="Segmenter"/>)
/// and parses each alone: until the end of the text for a full parse, or, after an edit, until a
/// segment of the old tree that can be reused starts (<see cref="IncrementalParser"/>).
/// </summary>
internal static class SegmentReader
{
    /// <summary>Asked at each token that may start a segment: stop before it (it starts a reused segment)?</summary>
    public delegate bool StopBefore(IToken token, Segmenter segmenter);

    /// <summary>
    /// The segments of <paramref name="text"/> from <paramref name="start"/> (the start of a segment of
    /// <paramref name="kind"/>) up to the end of the text or to the token <paramref name="stop"/> accepts;
    /// <paramref name="stoppedAt"/> is that token's kind of segment (null at the end of the text).
    /// </summary>
    public static List<Segment> Read(SourceText text, int start, SegmentKind kind, bool valueMap, StopBefore? stop, Func<SegmentKind?> stoppedAt)
    {
        var tokenizer = new CanvasTokenizer(text.Text, start);
        var segmenter = new Segmenter(text.Text, kind, valueMap);
        var tokens = new List<IToken>();
        var starts = new List<(int Token, int Offset, SegmentKind Kind, bool ValueMap)>();
        IToken next;
        for (var token = tokenizer.Next(); ; token = tokenizer.Next())
        {
            if (token.Type == TokenConstants.EOF)
            {
                next = token;
                break;
            }

            SegmentKind? started;
            if (tokens.Count == 0)
            {
                started = kind;
            }
            else
            {
                if (stop is not null && stop(token, segmenter))
                {
                    next = token;
                    break;
                }

                started = segmenter.StartedBy(token);
            }

            segmenter.Advance(token, started);
            if (started is { } segmentKind)
            {
                starts.Add((tokens.Count, tokens.Count == 0 ? start : token.StartIndex, segmentKind, segmenter.ValueMap));
            }

            tokens.Add(token);
        }

        if (starts.Count == 0)
        {
            starts.Add((0, start, kind, valueMap));
        }

        var end = next.Type == TokenConstants.EOF ? text.Length : next.StartIndex;
        var parser = new SegmentParser(text);
        var segments = new List<Segment>(starts.Count);
        int comment = 0, problem = 0;
        for (var i = 0; i < starts.Count; i++)
        {
            var (from, offset, segmentKind, inValueMap) = starts[i];
            var last = i + 1 == starts.Count;
            var (to, until) = last ? (tokens.Count, end) : (starts[i + 1].Token, starts[i + 1].Offset);
            var nextKind = last ? stoppedAt() : starts[i + 1].Kind;
            var role = (segmentKind, nextKind) switch
            {
                (SegmentKind.Top, SegmentKind.Entry) => SegmentRole.Open,
                (SegmentKind.Top, _) => SegmentRole.Declarations,
                (_, SegmentKind.Entry) => SegmentRole.Entries,
                _ => SegmentRole.Close,
            };
            var comments = Take(tokenizer.Comments, ref comment, until, c => c.Span.Start);
            var problems = Take(tokenizer.Problems, ref problem, until, p => p.Start);
            segments.Add(parser.Parse(new Segment(offset, to > from ? tokens[from].StopIndex + 1 : offset, segmentKind, inValueMap, role)
            {
                Comments = comments,
                LexicalProblems = problems,
            }, tokens, from, to, last ? next : tokens[to]));
        }

        return segments;
    }

    private static ImmutableArray<T> Take<T>(List<T> items, ref int index, int until, Func<T, int> startOf)
    {
        var from = index;
        while (index < items.Count && startOf(items[index]) < until)
        {
            index++;
        }

        return index == from ? [] : [.. items.Skip(from).Take(index - from)];
    }
}

/// <summary>The end of a segment's tokens: the end of the file for the parser, but errors there name the token that follows.</summary>
internal sealed class SegmentEnd : CommonToken
{
    public SegmentEnd(IToken next)
        : base(TokenConstants.EOF)
    {
        Next = next.Type == TokenConstants.EOF ? null : next;
        StartIndex = next.StartIndex;
        StopIndex = next.StartIndex - 1;
        Text = "<EOF>";
    }

    /// <summary>The first token of the next segment; null at the end of the file.</summary>
    public IToken? Next { get; }
}

/// <summary>Parses one segment's tokens by its role: fast SLL first, full LL with human error messages when that fails.</summary>
internal sealed class SegmentParser(SourceText text)
{
    private readonly SyntaxTreeBuilder builder = new(text);
    private readonly CanvasParser parser = CreateParser();

    public Segment Parse(Segment segment, List<IToken> tokens, int from, int to, IToken next)
    {
        var list = new List<IToken>(to - from + 1);
        for (var i = from; i < to; i++)
        {
            list.Add(tokens[i]);
        }

        list.Add(new SegmentEnd(next));
        var problems = new SyntaxErrorSink();
        ParserRuleContext context;
        parser.TokenStream = new CommonTokenStream(new ListTokenSource(list));
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            context = Run(segment);
        }
        catch (ParseCanceledException)
        {
            // The fast path gave up: parse again in full LL mode, where errors are reported and recovered.
            parser.TokenStream = new CommonTokenStream(new ListTokenSource(list));
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            parser.ErrorHandler = new HumanErrorStrategy(problems);
            context = Run(segment);
        }

        var parsed = segment with { ParseProblems = [.. problems.Problems] };
        return context switch
        {
            FileContext file => parsed with { Declarations = builder.Build(file) },
            ProfileOpenContext c => Open(parsed, c, c.name(), c.LBRACE(), c.profileEntry()),
            ValuemapOpenContext c => Open(parsed, c, c.name(), c.LBRACE(), c.valueEntry()),
            ProfileEntriesContext c => parsed with { Entries = builder.Entries(c.profileEntry()), BlockEnd = BlockEnd(c) },
            ValueEntriesContext c => parsed with { Entries = builder.Entries(c.valueEntry()), BlockEnd = BlockEnd(c) },
            ProfileCloseContext c => Close(parsed, c, c.profileEntry(), c.RBRACE(), c.declaration()),
            ValuemapCloseContext c => Close(parsed, c, c.valueEntry(), c.RBRACE(), c.declaration()),
            _ => throw new InvalidOperationException($"no segment is parsed as {context.GetType().Name}"),
        };
    }

    private ParserRuleContext Run(Segment segment) => (segment.Role, segment.ValueMap) switch
    {
        (SegmentRole.Declarations, _) => parser.file(),
        (SegmentRole.Open, false) => parser.profileOpen(),
        (SegmentRole.Open, true) => parser.valuemapOpen(),
        (SegmentRole.Entries, false) => parser.profileEntries(),
        (SegmentRole.Entries, true) => parser.valueEntries(),
        (SegmentRole.Close, false) => parser.profileClose(),
        _ => parser.valuemapClose(),
    };

    private Segment Open(Segment segment, ParserRuleContext c, NameContext name, ITerminalNode brace, IEnumerable<ParserRuleContext> entries) =>
        segment with
        {
            Keyword = builder.Keyword(c),
            Name = builder.Name(name),
            OpenBrace = builder.Token(brace),
            Entries = builder.Entries(entries),
            BlockEnd = BlockEnd(c),
        };

    private Segment Close(Segment segment, ParserRuleContext c, IEnumerable<ParserRuleContext> entries, ITerminalNode? brace, DeclarationContext[] after) =>
        segment with
        {
            Entries = builder.Entries(entries),
            CloseBrace = builder.Token(brace),
            BlockEnd = BlockEnd(c),
            Declarations = builder.Build(after),
        };

    /// <summary>The end of the last real token of the block's part in <paramref name="c"/>: everything before the declarations that follow a closing brace.</summary>
    private static int BlockEnd(ParserRuleContext c)
    {
        var end = 0;
        foreach (var child in c.children ?? [])
        {
            if (child is DeclarationContext)
            {
                break;
            }

            var stop = child switch
            {
                ITerminalNode t => t.Symbol,
                ParserRuleContext r when r.Stop is { } s && r.Start is { } b && s.TokenIndex >= b.TokenIndex => s,
                _ => null,
            };
            if (stop is { Type: not TokenConstants.EOF, TokenIndex: >= 0 })
            {
                end = Math.Max(end, stop.StopIndex + 1);
            }
        }

        return end;
    }

    private static CanvasParser CreateParser()
    {
        var parser = new CanvasParser(new CommonTokenStream(new ListTokenSource(new List<IToken>())));
        parser.RemoveErrorListeners();
        return parser;
    }
}
