using System.Text;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Tests.Meta;
using CanvasLang.Semantics.Tests.Quality;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Analysis;

/// <summary>
/// Readings of texts (and the verdicts rules remember about them) outlive analyses: whatever the
/// cache holds, an analysis must say exactly what a fresh one says, byte for byte, on the examples,
/// the real canvases and the labelled sets.
/// </summary>
public sealed class ReadingCacheTests
{
    private static readonly IDocumentSource Source = new FileSystemDocumentSource();

    // What an analysis host keeps between analyses; a new store is an empty cache (a cold analysis).
    private ReadingStore store = new();

    public static IEnumerable<object[]> Canvases() => Files().Select(f => new object[] { Path.GetRelativePath(RepoRoot.Path, f) });

    [Theory]
    [MemberData(nameof(Canvases))]
    public void Warm_analysis_after_an_edit_elsewhere_equals_a_fresh_one(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, file));
        var edited = EditOneEntry(text);

        // Cold, then the edited file warm; and the other way round.
        store = new ReadingStore();
        var originalCold = Dump(Analyze(text, file));
        var editedWarm = Dump(Analyze(edited, file));
        store = new ReadingStore();
        var editedCold = Dump(Analyze(edited, file));
        var originalWarm = Dump(Analyze(text, file));

        originalWarm.ShouldBe(originalCold);
        editedWarm.ShouldBe(editedCold);
    }

    /// <summary>
    /// What the language server does while a user types into a file with syntax errors: each version is
    /// reparsed incrementally from the one before and analyzed warm. Each analysis must equal a cold one
    /// of a full parse, and read only the texts that are new.
    /// </summary>
    [Theory]
    [MemberData(nameof(Canvases))]
    public void Warm_analysis_of_an_incrementally_reparsed_broken_file_equals_a_fresh_one(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, file));
        var path = Path.GetFullPath(Path.Combine(RepoRoot.Path, file));
        var tree = SyntaxTree.Parse(text, path);
        var entry = tree.AllEntries().FirstOrDefault(e => e.Text is { Value.Length: > 1 })?.Text;
        var brace = tree.Declarations.OfType<BlockSyntax>().FirstOrDefault()?.CloseBrace;
        var edits = new List<(Syntax.Text.TextSpan Span, string Inserted)>();
        if (brace is not null)
        {
            edits.Add((brace.Span, string.Empty));
        }

        if (entry is not null)
        {
            edits.Add((new(entry.Span.End - 1 - (brace is not null && brace.Span.Start < entry.Span.End ? 1 : 0), 1), string.Empty));
        }

        edits.Add((new(text.Length - (brace is null ? 0 : 1) - (entry is null ? 0 : 1), 0), "\nprofile commu"));
        edits.Add((new(0, 0), "% "));

        var previous = Analyze(tree, file);
        foreach (var (span, inserted) in edits)
        {
            var newText = tree.Text.WithChange(span, inserted);
            tree = IncrementalParserOrFail(tree, span, inserted, newText);
            tree.Diagnostics.ShouldNotBeEmpty();

            var read = previous.Model.OwnEntries.ToLookup(e => e.Text, e => e.Reading);
            var warm = Analyze(tree, file);
            var reused = warm.Model.OwnEntries.Count(e => read[e.Text].Any(r => ReferenceEquals(r, e.Reading)));
            reused.ShouldBeGreaterThanOrEqualTo(warm.Model.OwnEntries.Count() - 1, "a warm analysis reads only the text that changed");
            store = new ReadingStore();
            Dump(warm).ShouldBe(Dump(Analyze(SyntaxTree.Parse(newText, path), file)), $"after replacing {span} with `{inserted}`");
            previous = Analyze(tree, file);
        }
    }

    private static SyntaxTree IncrementalParserOrFail(SyntaxTree tree, Syntax.Text.TextSpan span, string inserted, Syntax.Text.SourceText newText) =>
        Syntax.Parsing.IncrementalParser.TryReparse(tree, span, inserted, newText) ?? throw new ShouldAssertException("the incremental parse declined");

    [Fact]
    public void Every_file_analyzed_in_one_warm_process_equals_each_analyzed_with_an_empty_cache()
    {
        var files = Files();
        var fresh = new Dictionary<string, string>();
        foreach (var file in files)
        {
            store = new ReadingStore();
            fresh[file] = Dump(Analyze(File.ReadAllText(file), file));
        }

        // Twice over, with everything every other file left behind.
        foreach (var file in files.Concat(files))
        {
            Dump(Analyze(File.ReadAllText(file), file)).ShouldBe(fresh[file], file);
        }
    }

    [Fact]
    public void Overlapping_analyses_on_the_thread_pool_agree_with_sequential_ones()
    {
        var files = Files();
        var expected = files.ToDictionary(f => f, f => Dump(Analyze(File.ReadAllText(f), f)));
        store = new ReadingStore();
        var results = new System.Collections.Concurrent.ConcurrentBag<(string File, string Dump)>();
        Parallel.For(0, files.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var file = files[i % files.Count];
            results.Add((file, Dump(Analyze(File.ReadAllText(file), file))));
        });

        foreach (var (file, dump) in results)
        {
            dump.ShouldBe(expected[file], file);
        }
    }

    [Fact]
    public void A_verdict_remembered_under_one_setting_is_not_reused_under_another()
    {
        const string canvas = """
            segment riders "People who ride a bike to work"
            profile riders {
              pain p1 "Faster and better service"
              pain p2 "Cheap stuff"
              gain g1 "Convenient quality repairs on the platform"
            }
            """;
        var strict = RuleTestHarnessConfigure("""{ "minWords": 5, "extraVagueWords": ["platform"] }""");
        var accepting = RuleTestHarnessConfigure("""{ "acceptedWords": ["better", "faster", "cheap", "stuff"] }""");
        foreach (var configuration in new[] { CanvasConfiguration.Empty, strict, accepting, CanvasConfiguration.Empty, accepting, strict })
        {
            var warm = Dump(Analyze(canvas, "settings.canvas", configuration));
            store = new ReadingStore();
            warm.ShouldBe(Dump(Analyze(canvas, "settings.canvas", configuration)));
        }
    }

    [Fact]
    public void The_reading_store_stays_bounded_and_keeps_what_is_in_use()
    {
        var bounded = new ReadingStore(generationSize: 1_000);
        var kept = bounded.Of("Waiting in the queue at the kiosk");
        var first = bounded.Of("text number 0");
        for (var i = 0; i < 1_000 * 3; i++)
        {
            bounded.Of($"text number {i}");
            if (i % 100 == 0)
            {
                // Still in use: every lookup finds the same reading, so its remembered verdicts survive.
                bounded.Of("Waiting in the queue at the kiosk").ShouldBeSameAs(kept);
            }
        }

        bounded.Count.ShouldBeLessThanOrEqualTo(2 * 1_000);
        bounded.Of("text number 0").ShouldNotBeSameAs(first, "a text not seen for two generations is read anew");
    }

    [Fact]
    public void Two_stores_share_no_reading_and_no_verdict()
    {
        const string text = "Faster and better service";
        var one = new ReadingStore();
        var other = new ReadingStore();
        one.Of(text).ShouldBeSameAs(one.Of(text));
        other.Of(text).ShouldNotBeSameAs(one.Of(text));
    }

    [Fact]
    public void A_reading_says_what_reading_the_text_anew_says()
    {
        foreach (var text in new[] { "Waiting 5 minutes at the repair shop", "Save time", "Lange Wartezeiten am Schalter", "", "€5 per ride, 18h–7pm" })
        {
            var reading = store.Of(text);
            reading.Words.ShouldBe(Tokenizer.Tokenize(text));
            reading.IsEnglishAlone.ShouldBe(EnglishDetector.IsEnglish(Tokenizer.Tokenize(text)));
            reading.IsEnglishInEnglishContext.ShouldBe(EnglishDetector.IsEnglish(Tokenizer.Tokenize(text), true));
            reading.Stems.ShouldBe(TextSimilarity.ContentStems(Tokenizer.Tokenize(text)), ignoreOrder: true);
        }
    }

    private static CanvasConfiguration RuleTestHarnessConfigure(string json) => Rules.RuleTestHarness.Configure("CV101", json);

    private static List<string> Files()
    {
        var folders = new[]
        {
            Path.Combine(RepoRoot.Path, "examples"),
            LabelledSetTests.LabelledFolder,
            Path.Combine(RepoRoot.Path, "..", "..", "shared", "examples", "real"),
            Path.Combine(RepoRoot.Path, "..", "shared", "examples", "real"),
        };
        return [.. folders.Where(Directory.Exists)
            .SelectMany(f => Directory.GetFiles(f, "*.canvas", SearchOption.AllDirectories))
            .Select(Path.GetFullPath)
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    private AnalysisResult Analyze(SyntaxTree tree, string file)
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot.Path, file));
        return CanvasAnalyzer.Analyze(tree, Source, new AnalysisOptions(ConfigurationLoader.LoadFor(path), new DateOnly(2026, 11, 23)), store);
    }

    private AnalysisResult Analyze(string text, string file, CanvasConfiguration? configuration = null)
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot.Path, file));
        var options = new AnalysisOptions(configuration ?? ConfigurationLoader.LoadFor(path), new DateOnly(2026, 11, 23));
        return CanvasAnalyzer.Analyze(SyntaxTree.Parse(text, path), Source, options, store);
    }

    /// <summary>The file with one letter typed into its first entry's text, as an editor user would.</summary>
    private static string EditOneEntry(string text)
    {
        var entry = SyntaxTree.Parse(text).AllEntries().FirstOrDefault(e => e.Text is { Value.Length: > 0 });
        return entry?.Text is { } quoted ? text.Insert(quoted.ContentSpan.Start + 1, "q") : text + "\n";
    }

    /// <summary>Every field of every diagnostic, as text.</summary>
    private static string Dump(AnalysisResult result)
    {
        var dump = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            dump.Append(d.Code).Append(' ').Append(d.RuleName).Append(' ').Append(d.Severity).Append(' ').Append(d.Span).Append(' ').AppendLine(d.Message);
            foreach (var r in d.Related)
            {
                dump.Append("  related ").Append(r.Location.Path).Append(' ').Append(r.Location.Span).Append(' ').AppendLine(r.Message);
            }

            dump.Append("  tags ").AppendJoin(',', d.Tags).AppendLine();
            foreach (var (k, v) in d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                dump.Append("  property ").Append(k).Append('=').AppendLine(v);
            }

            foreach (var f in d.Fixes)
            {
                dump.Append("  fix ").Append(f.Title).Append(' ').Append(f.IsMechanical).AppendLine();
                foreach (var e in f.Edits)
                {
                    dump.Append("    edit ").Append(e.Span).Append(' ').Append(e.IsSnippet).Append(' ').AppendLine(e.NewText);
                }
            }
        }

        return dump.ToString();
    }
}
