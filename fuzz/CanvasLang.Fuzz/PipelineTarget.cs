using CanvasLang.EditorServices.CodeActions;
using CanvasLang.EditorServices.Completion;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Hover;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Fuzz;

/// <summary>
/// The main target: parse → bind → every rule → format → every offered action → incremental
/// re-parse → completion and hover at a few places, on one input. Each invariant that breaks throws <see cref="InvariantException"/>, which
/// AFL records as a crash like any other exception. No rendering: it would dominate the time.
/// </summary>
public sealed class PipelineTarget
{
    /// <summary>Bigger inputs are cut: the bugs worth finding show on small ones, and speed is coverage.</summary>
    public const int MaxInputBytes = 16 * 1024;

    /// <summary>How many offered actions one input applies and re-parses at most.</summary>
    private const int MaxActionsApplied = 32;

    private const string DocumentPath = "/canvaslang-fuzz/input.canvas";

    /// <summary>Fixed, so that rules reading dates (tests, learnings) behave the same on every run.</summary>
    private static readonly AnalysisOptions Options = new(CanvasConfiguration.Empty, new DateOnly(2026, 6, 1));

    /// <summary>What the incremental re-parse is fed besides pieces of the input itself: the edits users make.</summary>
    private static readonly string[] Insertions =
    [
        "a", " ", "\n", "\"", "{", "}", "//", "/*", "*/", "pain", "  pain \"Cold coffee\"\n", " severity high", " relieves p1",
        "\\", "\U0001F600", ",", "-", "2026-01-01", "  gain g9 \"Fresh bread\"\n", "\r\n", "segment s2 \"Others\"\n", "profile ", "\u0000",
    ];

    private readonly AnalysisHost host = new();
    private int version;

    public void Run(ReadOnlySpan<byte> input) => Run(InputDecoder.Decode(input.Length > MaxInputBytes ? input[..MaxInputBytes] : input));

    /// <summary>Time spent per stage since this target was made (for `speed`; a timestamp read costs nanoseconds).</summary>
    public IEnumerable<(string Stage, TimeSpan Time)> StageTimes =>
        Stages.Select((s, i) => (s, TimeSpan.FromTicks(ticks[i] * TimeSpan.TicksPerSecond / System.Diagnostics.Stopwatch.Frequency)));

    private static readonly string[] Stages = ["parse", "analyze", "format", "actions", "incremental", "requests"];

    private readonly long[] ticks = new long[6];

    public void Run(string text)
    {
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var opened = host.ApplyChange(new DocumentOpened(DocumentPath, ++version, text));
        var snapshot = opened.Document!;
        var tree = snapshot.Tree;
        var t1 = Lap(0, t0);
        var result = CanvasAnalyzer.Analyze(tree, NoImports.Instance, Options);
        var analysis = new DocumentAnalysis(snapshot, result);
        var t2 = Lap(1, t1);

        CheckFormatter(tree);
        var t3 = Lap(2, t2);
        CheckActions(new CodeActionService(opened.Analysis), analysis);
        var t4 = Lap(3, t3);
        CheckIncremental(tree);
        var t5 = Lap(4, t4);
        CheckRequests(analysis);
        Lap(5, t5);
    }

    /// <summary>
    /// Completion and hover at a few places (from the input's hash) answer without throwing, and the
    /// lexer that completion runs up to the cursor reads exactly as it reads the text cut there.
    /// </summary>
    private static void CheckRequests(DocumentAnalysis analysis)
    {
        var text = analysis.Snapshot.Tree.Text.Text;
        var random = new Random(Hash(text) ^ 0x2545F491);
        for (var i = 0; i < 3; i++)
        {
            var offset = random.Next(text.Length + 1);
            CompletionService.Complete(analysis, offset);
            HoverService.Hover(analysis, offset);
            var start = random.Next(offset + 1);
            var (inPlace, cut) = (CanvasTokens.Lex(text, start, offset), CanvasTokens.Lex(text[..offset], start, offset));
            Require(inPlace.SequenceEqual(cut), $"lexing [{start}, {offset}) in place differs from lexing the text cut at {offset}");
        }
    }

    private long Lap(int stage, long since)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        ticks[stage] += now - since;
        return now;
    }

    private static void CheckFormatter(SyntaxTree tree)
    {
        if (!CanvasFormatter.TryFormat(tree, out var once))
        {
            // Refusing is allowed (syntax errors, or a result the formatter's own check rejects): the text is kept.
            Require(once == tree.Text.Text, "a refused format changed the text");
            return;
        }

        var onceTree = SyntaxTree.Parse(once);
        Require(SyntaxErrors(onceTree).Count == 0, "the formatted text has syntax errors", once);
        Require(CanvasFormatter.Format(onceTree) == once, "formatting is not idempotent", once);
        Require(EntryTexts(onceTree).SequenceEqual(EntryTexts(tree)), "formatting changed or lost an entry text", once);
        Require(Comments(onceTree).SequenceEqual(Comments(tree)), "formatting changed or lost a comment", once);
        Require(FormattingCheck.Difference(tree, onceTree) is null, $"formatting changed the content: {FormattingCheck.Difference(tree, onceTree)}", once);
        Require(TextEdit.Apply(tree.Text.Text, CanvasFormatter.FormatDocument(tree)) == once, "the document edits differ from the formatted text", once);
    }

    private void CheckActions(CodeActionService actions, DocumentAnalysis analysis)
    {
        var before = analysis.Snapshot.Tree;
        var errors = SyntaxErrors(before);
        // The whole file (every diagnostic's own fixes, fix-alls) and a few cursor positions (refactorings).
        var ranges = analysis.Result.Diagnostics.Take(6).Select(d => new TextSpan(d.Span.Start, 0))
            .Concat(before.AllEntries().Take(2).Select(e => new TextSpan(e.Span.Start, 0)))
            .Prepend(new TextSpan(0, before.Text.Length));
        var offered = ranges.SelectMany(r => actions.Actions(analysis, r)).DistinctBy(a => (a.Title, a.Diagnostic?.Span)).Take(MaxActionsApplied);
        var entryTexts = EntryTexts(before).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var action in offered)
        {
            foreach (var document in action.Change.Documents.Where(d => d.Path == DocumentPath))
            {
                var afterText = TextEdit.Apply(before.Text.Text, document.Edits);
                var after = SyntaxTree.Parse(afterText);
                var afterErrors = SyntaxErrors(after);
                var added = afterErrors.Except(errors).ToList();
                Require(added.Count == 0 && afterErrors.Count <= errors.Count, $"`{action.Title}` added syntax errors: {string.Join("; ", added)}", afterText);
                var kept = EntryTexts(after).ToHashSet(StringComparer.Ordinal);
                foreach (var lost in entryTexts.Where(t => !kept.Contains(t) && !afterText.Contains(t, StringComparison.Ordinal)))
                {
                    throw new InvariantException($"`{action.Title}` lost the entry text \"{lost}\"", afterText);
                }
            }
        }
    }

    /// <summary>A few random edits, chosen from the input's own hash so AFL's mutations move them too.</summary>
    private static void CheckIncremental(SyntaxTree tree)
    {
        var text = tree.Text.Text;
        var random = new Random(Hash(text));
        for (var i = 0; i < 4; i++)
        {
            var start = random.Next(text.Length + 1);
            var removed = random.Next(3) == 0 ? Math.Min(random.Next(1, 8), text.Length - start) : 0;
            var inserted = random.Next(3) switch
            {
                0 => string.Empty,
                1 when text.Length > 0 => Slice(text, random),
                _ => Insertions[random.Next(Insertions.Length)],
            };
            var span = new TextSpan(start, removed);
            var newText = tree.Text.WithChange(span, inserted);
            if (IncrementalParser.TryReparse(tree, span, inserted, newText) is not { } fast)
            {
                continue;
            }

            var full = CanvasParserFacade.Parse(newText, tree.Path);
            var (expected, actual) = (TreeDump.Of(full), TreeDump.Of(fast));
            Require(expected == actual, $"the incremental parse differs from a full parse after replacing [{start}, +{removed}) with {Escape(inserted)}", newText.Text);
        }
    }

    private static string Slice(string text, Random random)
    {
        var from = random.Next(text.Length);
        var slice = text.Substring(from, Math.Min(random.Next(1, 9), text.Length - from));

        // Half a surrogate pair would be a different input, not an edit a user makes.
        return slice.Any(char.IsSurrogate) ? "x" : slice;
    }

    private static int Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    /// <summary>
    /// Syntax errors without their places, keyed as BrokenTreeGuard keys them (digits dropped): an
    /// insertion above moves them, and a fix that renames changes the digits of a quoted name.
    /// </summary>
    private static HashSet<string> SyntaxErrors(SyntaxTree tree) =>
        [.. tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Code}: {string.Concat(d.Message.Where(c => !char.IsAsciiDigit(c)))}")];

    private static IEnumerable<string?> EntryTexts(SyntaxTree tree) => tree.AllEntries().Select(e => e.Text?.Value);

    private static IEnumerable<string> Comments(SyntaxTree tree) => tree.Comments.Select(c => c.Text.TrimEnd()).Order(StringComparer.Ordinal);

    private static string Escape(string s) => s.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static void Require(bool condition, string message, string? text = null)
    {
        if (!condition)
        {
            throw new InvariantException(message, text);
        }
    }

    /// <summary>Imports resolve to nothing: the fuzzer must not read the disk (nor hang on /dev/zero).</summary>
    private sealed class NoImports : IDocumentSource
    {
        public static NoImports Instance { get; } = new();

        public DocumentLoad Load(string fullPath) => new(null, "not found");
    }
}

/// <summary>An invariant of the pipeline broke; <see cref="Text"/> is the text it broke on, when it is not the input.</summary>
public sealed class InvariantException(string message, string? text = null) : Exception(message)
{
    public string? Text { get; } = text;
}
