using System.Text;
using CanvasLang.Semantics.Rules;
using CanvasLang.Semantics.Tests.Rules;
using Xunit.Abstractions;

namespace CanvasLang.Semantics.Tests.Quality;

/// <summary>
/// Runs every Labelled/*.canvas against its rules and prints a precision/recall table (to the test
/// output and to stdout, so `dotnet test --logger "console;verbosity=normal"` shows it). Each heuristic
/// rule must reach precision 0.9 and recall 0.7 on its set, each structural rule must be exact; sets
/// of rules not in the catalog yet are skipped.
/// </summary>
public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.9;
    private const double MinRecall = 0.7;

    public static string LabelledFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "CanvasLang.Semantics.Tests", "Labelled")))
            {
                dir = dir.Parent;
            }

            return dir is null ? throw new DirectoryNotFoundException("tests/CanvasLang.Semantics.Tests/Labelled not found above the test binaries")
                : Path.Combine(dir.FullName, "tests", "CanvasLang.Semantics.Tests", "Labelled");
        }
    }

    /// <summary>
    /// Every labelled set: a file named after a rule (CV101.canvas) scores that rule; any other file
    /// (personas.canvas) scores every rule its markers name, each on its own row.
    /// </summary>
    public static IReadOnlyList<LabelledSet> Sets() =>
        [.. Directory.GetFiles(LabelledFolder, "*.canvas").Order(StringComparer.Ordinal).Select(LabelledSet.Read)];

    /// <summary>A labelled set must be a valid canvas: an error would hide entries from the rules and skew the scores.</summary>
    [Fact]
    public void Every_labelled_set_is_a_valid_canvas()
    {
        foreach (var set in Sets())
        {
            var result = CanvasLang.Semantics.Analysis.CanvasAnalyzer.AnalyzeFile(set.Path, new CanvasLang.Semantics.Binding.FileSystemDocumentSource(), CanvasLang.Semantics.Analysis.AnalysisOptions.Default);
            result.Diagnostics.Where(d => d.Severity == CanvasLang.Syntax.Diagnostics.DiagnosticSeverity.Error)
                .Select(d => $"{set.FileName}:{result.Tree.Text.GetPosition(d.Span.Start).Line + 1}: {d.Code} {d.Message}")
                .ShouldBeEmpty();
        }
    }

    [Fact]
    public void Every_labelled_set_meets_its_targets()
    {
        var table = new StringBuilder();
        table.AppendLine("| rule | name | set | TP | FP | FN | TN | precision | recall |");
        table.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var failures = new List<string>();
        var details = new StringBuilder();
        var halves = new List<(string Rule, string Set, IReadOnlyList<LineOutcome> Outcomes)>();
        foreach (var set in Sets())
        {
            var text = File.ReadAllText(set.Path);
            foreach (var rule in set.Rules)
            {
                var descriptor = RuleCatalog.Rules.FirstOrDefault(r => r.Descriptor.Id == rule)?.Descriptor;
                if (descriptor is null)
                {
                    table.AppendLine($"| {rule} | (not in RuleCatalog yet: skipped) | {set.FileName} | | | | | | |");
                    continue;
                }

                var outcomes = RuleTestHarness.Outcomes(text, rule, set.Path);
                var score = RuleTestHarness.Score(rule, outcomes);
                if (descriptor.IsHeuristic)
                {
                    halves.Add((rule, set.FileName, outcomes));
                }

                table.AppendLine($"| {rule} | {descriptor.Name} | {set.FileName} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {score.TrueNegatives} | {score.Precision:0.00} | {score.Recall:0.00} |");
                foreach (var mistake in score.Mistakes)
                {
                    details.AppendLine($"{rule} {set.FileName} {mistake}");
                }

                // A structural rule reads the tree, not words: anything short of exact is a bug.
                var (precision, recall) = descriptor.IsHeuristic ? (MinPrecision, MinRecall) : (1.0, 1.0);
                if (score.Precision < precision || score.Recall < recall)
                {
                    failures.Add($"{rule} on {set.FileName}: precision {score.Precision:0.00}, recall {score.Recall:0.00}");
                }
            }
        }

        var report = table + "\n" + HalvesTable(halves) + (details.Length > 0 ? "\nMistakes:\n" + details : string.Empty);
        output.WriteLine(report);
        Console.WriteLine(report);

        // CI prints this file after the test run, so the table shows without verbose test logging.
        var artifacts = Path.Combine(Meta.RepoRoot.Path, "artifacts", "quality");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "labelled-sets.md"), report);
        failures.ShouldBeEmpty();
    }

    /// <summary>
    /// Each heuristic rule on the two halves of its sets (RuleTestHarness.Outcomes: the marked lines of
    /// each set alternate between A and B): a heuristic is tuned on one half and checked on the other.
    /// A rule with several sets (CV622, one per language) gets a row per set and one for all of them.
    /// </summary>
    private static string HalvesTable(List<(string Rule, string Set, IReadOnlyList<LineOutcome> Outcomes)> halves)
    {
        var table = new StringBuilder();
        table.AppendLine("| rule | set | half A: TP FP FN TN | precision | recall | half B: TP FP FN TN | precision | recall |");
        table.AppendLine("| --- | --- | --- | ---: | ---: | --- | ---: | ---: |");
        foreach (var rule in halves.GroupBy(h => h.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = rule.Select(h => (h.Set, h.Outcomes)).ToList();
            if (rows.Count > 1)
            {
                rows.Add(("all sets", [.. rule.SelectMany(h => h.Outcomes)]));
            }

            foreach (var (set, outcomes) in rows)
            {
                var a = RuleTestHarness.Score(rule.Key, outcomes.Where(o => o.Half == 'A'));
                var b = RuleTestHarness.Score(rule.Key, outcomes.Where(o => o.Half == 'B'));
                table.AppendLine($"| {rule.Key} | {set} | {Counts(a)} | {a.Precision:0.00} | {a.Recall:0.00} | {Counts(b)} | {b.Precision:0.00} | {b.Recall:0.00} |");
            }
        }

        return table.ToString();
    }

    private static string Counts(MarkerScore s) => $"{s.TruePositives} {s.FalsePositives} {s.FalseNegatives} {s.TrueNegatives}";
}

/// <summary>One labelled file and the rules it scores (Labelled/README.md).</summary>
public sealed record LabelledSet(string Path, IReadOnlyList<string> Rules)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    public static LabelledSet Read(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var rules = System.Text.RegularExpressions.Regex.IsMatch(name, "^CV[0-9]{3}$")
            ? [name]
            : RuleTestHarness.Markers(File.ReadAllText(path)).Select(m => m.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        return new LabelledSet(path, rules);
    }
}
