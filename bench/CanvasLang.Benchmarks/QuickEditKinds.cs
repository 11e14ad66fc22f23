using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Language;
using System.Diagnostics;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Benchmarks;

/// <summary>
/// What the language server does for each kind of keystroke the LSP benchmark makes, in process: the
/// incremental reparse from the previous tree (as a document snapshot does) and the analysis of the new
/// tree, both timed; a full parse of the same text beside it, for comparison. Kinds: typing in an entry,
/// typing a declaration at the end, typing in an entry while a half-typed declaration ends the file,
/// typing an unterminated text in the middle of the second block, deleting and retyping the first
/// block's closing brace. The canvas should come from the LSP benchmark's generator (one profile, one
/// value map).
/// </summary>
public static class QuickEditKinds
{
    // One store for the whole run, as the editor's host keeps one: warm analyses read only new text.
    private static readonly ReadingStore Readings = new();

    private const string End = "\nprofile commuters {\n  pain p1 \"Cold coffee on the train\" severity high\n}\n";
    private const string Unterminated = "\"Waiting for the bus in the rain on a Monday morning";

    public static void Run(string file, int iterations)
    {
        var source = new FileSystemDocumentSource();
        var options = new AnalysisOptions(CanvasConfiguration.Empty, new DateOnly(2026, 11, 23));
        var original = File.ReadAllText(file);
        var lines = original.Split('\n');
        int LineStart(int line) => lines.Take(line).Sum(l => l.Length + 1);
        var entry = LineStart(3) + lines[3].IndexOf('"', StringComparison.Ordinal) + 2;
        var brace = Array.IndexOf(lines, "}");
        var middle = brace + 1 + ((lines.Length - brace) / 2);

        // Each kind: a setup edit (untimed) and the edits to time, as (start, removed, inserted) on the text at that point.
        var kinds = new (string Name, Func<string, (int, int, string)?> Setup, Func<string, int, (int, int, string)> Edit)[]
        {
            ("entry", _ => null, (_, i) => (entry, i > 0 ? 1 : 0, ((char)('a' + i % 26)).ToString())),
            ("end", _ => null, (text, i) => (text.Length, 0, End[i % End.Length].ToString())),
            ("half", text => (text.Length, 0, "profile commu\n"), (_, i) => (entry, i > 0 ? 1 : 0, ((char)('a' + i % 26)).ToString())),
            ("string", _ => (LineStart(middle) + lines[middle].Length, 0, "\n  reliever rx "),
                (_, i) => (LineStart(middle) + lines[middle].Length + "\n  reliever rx ".Length + i, 0, Unterminated[i % Unterminated.Length].ToString())),
            ("brace", _ => null, (_, i) => i % 2 == 0 ? (LineStart(brace), 1, string.Empty) : (LineStart(brace), 0, "}")),
        };

        // Warm up every path (JIT) on the whole set once.
        foreach (var kind in kinds)
        {
            Measure(kind.Setup, kind.Edit, original, source, options, 10);
        }

        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var kept = SyntaxTree.Parse(original, "kept.canvas");
        var treeBytes = GC.GetTotalMemory(forceFullCollection: true) - heap;
        var result = CanvasAnalyzer.Analyze(kept, source, options, Readings);
        var analysisBytes = GC.GetTotalMemory(forceFullCollection: true) - heap - treeBytes;
        GC.KeepAlive(result);
        Console.WriteLine($"{Path.GetFileName(file)}: a tree holds {treeBytes / 1048576.0:F1} MiB of heap, its analysis {analysisBytes / 1048576.0:F1} MiB more");
        Console.WriteLine($"medians of {iterations} edits (wall ms); incremental parse + analysis is what a keystroke costs");
        Console.WriteLine("kind    | incremental parse | full parse | analysis | errors after the last edit");
        foreach (var kind in kinds)
        {
            var (incremental, full, analysis, errors) = Measure(kind.Setup, kind.Edit, original, source, options, iterations);
            Console.WriteLine($"{kind.Name,-7} | {incremental,17:F2} | {full,10:F1} | {analysis,8:F1} | {errors}");
        }
    }

    private static (double Incremental, double Full, double Analysis, int Errors) Measure(Func<string, (int, int, string)?> setup,
        Func<string, int, (int, int, string)> edit, string original, IDocumentSource source, AnalysisOptions options, int iterations)
    {
        var tree = SyntaxTree.Parse(original, "edited.canvas");
        if (setup(tree.Text.Text) is { } first)
        {
            tree = Apply(tree, first).Tree;
        }

        CanvasAnalyzer.Analyze(tree, source, options, Readings);
        var (incremental, full, analysis) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < iterations; i++)
        {
            var (next, parse) = Apply(tree, edit(tree.Text.Text, i));
            incremental.Add(parse);
            var watch = Stopwatch.StartNew();
            SyntaxTree.Parse(next.Text, next.Path);
            full.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            CanvasAnalyzer.Analyze(next, source, options, Readings);
            analysis.Add(watch.Elapsed.TotalMilliseconds);
            tree = next;
        }

        return (Median(incremental), Median(full), Median(analysis), tree.Diagnostics.Length);
    }

    private static (SyntaxTree Tree, double Milliseconds) Apply(SyntaxTree tree, (int Start, int Removed, string Inserted) edit)
    {
        var span = new TextSpan(edit.Start, edit.Removed);
        var text = tree.Text.WithChange(span, edit.Inserted);
        var watch = Stopwatch.StartNew();
        var next = IncrementalParser.TryReparse(tree, span, edit.Inserted, text) ?? throw new InvalidOperationException("the incremental parse declined");
        return (next, watch.Elapsed.TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}

/// <summary>
/// The language server's loop for one document, in process: each edit goes through the workspace
/// (new snapshot, incremental parse, analysis) and its diagnostics are written as JSON the size the
/// server publishes; garbage collections are left alone, as in the server. Per kind: median wall time,
/// and per edit the bytes allocated, collections of each generation and time paused for them.
/// </summary>
public static class QuickSession
{
    public static void Run(string file, int iterations)
    {
        var original = File.ReadAllText(file);
        var lines = original.Split('\n');
        var brace = Array.IndexOf(lines, "}");
        var middle = brace + 1 + ((lines.Length - brace) / 2);
        var entryColumn = lines[3].IndexOf('"', StringComparison.Ordinal) + 2;
        const string End = "\nprofile commuters {\n  pain p1 \"Cold coffee on the train\" severity high\n}\n";
        const string Unterminated = "\"Waiting for the bus in the rain on a Monday morning";
        var kinds = new (string Name, Func<int, (LinePosition From, LinePosition To, string Text)> Edit, (LinePosition, string)? Setup)[]
        {
            ("entry", i => (new(3, entryColumn), new(3, entryColumn + (i > 0 ? 1 : 0)), ((char)('a' + i % 26)).ToString()), null),
            ("end", _ => default, null),
            ("string", i => (new(middle + 1, 14 + i), new(middle + 1, 14 + i), Unterminated[i % Unterminated.Length].ToString()), (new(middle, lines[middle].Length), "\n  reliever rx ")),
            ("brace", i => i % 2 == 0 ? (new(brace, 0), new(brace, 1), string.Empty) : (new(brace, 0), new(brace, 0), "}"), null),
        };

        foreach (var pass in new[] { "warm-up", "measured" })
        {
            foreach (var kind in kinds)
            {
                var host = new AnalysisHost();
                var path = Path.GetFullPath(file);
                host.ApplyChange(new DocumentOpened(path, 1, original));
                host.Current.AnalyzeAsync(path).GetAwaiter().GetResult();
                var version = 1;
                if (kind.Setup is { } setup)
                {
                    host.ApplyChange(new DocumentEdited(path, ++version, [new TextChange(new LinePositionSpan(setup.Item1, setup.Item1), setup.Item2)]));
                    host.Current.AnalyzeAsync(path).GetAwaiter().GetResult();
                }

                var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                var paused = GC.GetTotalPauseDuration();
                var allocated = GC.GetTotalAllocatedBytes();
                var times = new List<double>();
                var stages = new double[4];
                for (var i = 0; i < iterations; i++)
                {
                    var snapshot = host.Current.Get(path)!;
                    var (from, to, text) = kind.Name == "end"
                        ? (snapshot.Text.GetPosition(snapshot.Text.Length), snapshot.Text.GetPosition(snapshot.Text.Length), End[i % End.Length].ToString())
                        : kind.Edit(i);
                    var watch = Stopwatch.StartNew();
                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    var changed = host.ApplyChange(new DocumentEdited(path, ++version, [new TextChange(new LinePositionSpan(from, to), text)])).Document;
                    stages[0] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                    bytes = GC.GetAllocatedBytesForCurrentThread();
                    _ = changed!.Tree;
                    stages[1] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                    var analysis = host.Current.AnalyzeAsync(path).GetAwaiter().GetResult();
                    bytes = GC.GetAllocatedBytesForCurrentThread();
                    Publish(analysis);
                    stages[3] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                if (pass == "measured")
                {
                    times.Sort();
                    Console.WriteLine($"{kind.Name,-7}: median {times[times.Count / 2],6:F1} ms; per edit {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0 / iterations,5:F1} MiB allocated, " +
                        $"collections gen0 {(GC.CollectionCount(0) - gen0) / (double)iterations:F2} gen1 {(GC.CollectionCount(1) - gen1) / (double)iterations:F2} gen2 {(GC.CollectionCount(2) - gen2) / (double)iterations:F2}, " +
                        $"paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / iterations:F1} ms; " +
                        $"MiB per edit: new text {stages[0] / 1048576 / iterations:F2}, parse {stages[1] / 1048576 / iterations:F2}, publish {stages[3] / 1048576 / iterations:F2} (the rest: analysis, on the thread pool)");
                }
            }
        }
    }

    /// <summary>Every diagnostic as LSP JSON (range, severity, code, message), the bulk of what the server writes per edit.</summary>
    private static void Publish(CanvasLang.EditorServices.Workspace.DocumentAnalysis analysis)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256 + (analysis.Result.Diagnostics.Length * 600));
        using var w = new System.Text.Json.Utf8JsonWriter(buffer);
        w.WriteStartArray();
        foreach (var d in analysis.Result.Diagnostics)
        {
            var range = analysis.Text.GetSpan(d.Span);
            w.WriteStartObject();
            w.WriteNumber("line", range.Start.Line);
            w.WriteNumber("character", range.Start.Character);
            w.WriteNumber("endLine", range.End.Line);
            w.WriteNumber("endCharacter", range.End.Character);
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
