using System.Text;
using CanvasLang.Semantics.Rules;
using CanvasLang.Semantics.Tests.Rules;
using Xunit.Abstractions;

namespace CanvasLang.Semantics.Tests.Quality;

/// <summary>
/// Runs every Labelled/CVnnn.canvas against its rule and prints a precision/recall table (to the test
/// output and to stdout, so `dotnet test --logger "console;verbosity=normal"` shows it). Each rule
/// must reach precision 0.9 and recall 0.7 on its set; sets of rules not in the catalog yet are skipped.
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

    public static IReadOnlyList<string> Sets() =>
        [.. Directory.GetFiles(LabelledFolder, "CV*.canvas").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    /// <summary>A labelled set must be a valid canvas: an error would hide entries from the rules and skew the scores.</summary>
    [Fact]
    public void Every_labelled_set_is_a_valid_canvas()
    {
        foreach (var rule in Sets())
        {
            var path = Path.Combine(LabelledFolder, rule + ".canvas");
            var result = CanvasLang.Semantics.Analysis.CanvasAnalyzer.AnalyzeFile(path, new CanvasLang.Semantics.Binding.FileSystemDocumentSource(), CanvasLang.Semantics.Analysis.AnalysisOptions.Default);
            result.Diagnostics.Where(d => d.Severity == CanvasLang.Syntax.Diagnostics.DiagnosticSeverity.Error)
                .Select(d => $"{rule}.canvas:{result.Tree.Text.GetPosition(d.Span.Start).Line + 1}: {d.Code} {d.Message}")
                .ShouldBeEmpty();
        }
    }

    [Fact]
    public void Every_labelled_set_meets_its_targets()
    {
        var table = new StringBuilder();
        table.AppendLine("| rule | name | TP | FP | FN | TN | precision | recall |");
        table.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var failures = new List<string>();
        var details = new StringBuilder();
        foreach (var rule in Sets())
        {
            var descriptor = RuleCatalog.Rules.FirstOrDefault(r => r.Descriptor.Id == rule)?.Descriptor;
            if (descriptor is null)
            {
                table.AppendLine($"| {rule} | (not in RuleCatalog yet: skipped) | | | | | | |");
                continue;
            }

            var path = Path.Combine(LabelledFolder, rule + ".canvas");
            var score = RuleTestHarness.Score(File.ReadAllText(path), rule, path);
            table.AppendLine($"| {rule} | {descriptor.Name} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {score.TrueNegatives} | {score.Precision:0.00} | {score.Recall:0.00} |");
            foreach (var mistake in score.Mistakes)
            {
                details.AppendLine($"{rule} {mistake}");
            }

            if (score.Precision < MinPrecision || score.Recall < MinRecall)
            {
                failures.Add($"{rule}: precision {score.Precision:0.00}, recall {score.Recall:0.00}");
            }
        }

        var report = table + (details.Length > 0 ? "\nMistakes:\n" + details : string.Empty);
        output.WriteLine(report);
        Console.WriteLine(report);

        // CI prints this file after the test run, so the table shows without verbose test logging.
        var artifacts = Path.Combine(Meta.RepoRoot.Path, "artifacts", "quality");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "labelled-sets.md"), report);
        failures.ShouldBeEmpty();
    }
}
