using System.Text.RegularExpressions;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Rules;

/// <summary>An expectation written in a snippet: rule <see cref="Rule"/> reported (or not) on line <see cref="Line"/> (0-based).</summary>
public sealed record Marker(int Line, string Rule, bool Expected);

/// <summary>What a rule did on one line (0-based) that counts: <see cref="Expected"/> is null on an unmarked line it reported on.</summary>
public sealed record LineOutcome(int Line, bool? Expected, bool Reported, char Half, string? Mistake);

/// <summary>How a rule did on a marked snippet.</summary>
public sealed record MarkerScore(string Rule, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, IReadOnlyList<string> Mistakes)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>
/// Runs the analyzer on a canvas snippet whose lines carry expectations, the way rule documents read:
/// a trailing <c>// + CV101</c> says "CV101 is reported on this line", <c>// - CV101</c> says "not
/// reported here", and <c>/*^CV101*/</c> anywhere in a line is the same as <c>// + CV101</c>.
/// Several rules may be listed: <c>// + CV101, CV105</c>.
/// </summary>
public static partial class RuleTestHarness
{
    public const string DefaultPath = "/virtual/test.canvas";

    public static AnalysisResult Analyze(string text, string path = DefaultPath, CanvasConfiguration? configuration = null)
    {
        var options = configuration is null ? AnalysisOptions.Default : AnalysisOptions.For(configuration);
        return CanvasAnalyzer.Analyze(SyntaxTree.Parse(text, path), new FileSystemDocumentSource(), options);
    }

    /// <summary>Configuration with one rule's settings from JSON, e.g. <c>{ "minWords": 2 }</c> (options sit beside "severity").</summary>
    public static CanvasConfiguration Configure(string rule, string settingsJson) =>
        ConfigurationLoader.Parse("/virtual/canvaslang.json", $$"""{ "rules": { "{{rule}}": {{settingsJson}} } }""");

    public static IReadOnlyList<Marker> Markers(string text)
    {
        var markers = new List<Marker>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in LineMarker().Matches(lines[i]))
            {
                foreach (var rule in m.Groups["rules"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    markers.Add(new Marker(i, rule, m.Groups["sign"].Value == "+"));
                }
            }

            foreach (Match m in CaretMarker().Matches(lines[i]))
            {
                markers.Add(new Marker(i, m.Groups["rule"].Value, true));
            }
        }

        return markers;
    }

    /// <summary>Diagnostics of <paramref name="rule"/> by 0-based line of their start.</summary>
    public static ILookup<int, Diagnostic> ByLine(AnalysisResult result, string rule) =>
        result.Diagnostics.Where(d => d.Code == rule).ToLookup(d => result.Tree.Text.GetPosition(d.Span.Start).Line);

    /// <summary>Scores one rule against the snippet's markers for it; unmarked reported lines count as false positives.</summary>
    public static MarkerScore Score(string text, string rule, string path = DefaultPath, CanvasConfiguration? configuration = null) =>
        Score(rule, Outcomes(text, rule, path, configuration));

    /// <summary>Adds up outcomes (all of a snippet's, or a part of them: one half, one language).</summary>
    public static MarkerScore Score(string rule, IEnumerable<LineOutcome> outcomes)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var mistakes = new List<string>();
        foreach (var o in outcomes)
        {
            switch (o.Expected, o.Reported)
            {
                case (true, true): tp++; break;
                case (true, false): fn++; break;
                case (_, true): fp++; break;
                default: tn++; break;
            }

            if (o.Mistake is { } mistake)
            {
                mistakes.Add(mistake);
            }
        }

        return new MarkerScore(rule, tp, fp, fn, tn, mistakes);
    }

    /// <summary>
    /// What one rule did on each line that counts: every line marked for it, and every unmarked line it
    /// reported on. The rule's marked lines alternate between half A and half B in file order (an
    /// unmarked line goes with the marked line before it), so each half has positives and negatives
    /// from all over the file: a heuristic is tuned on one half and checked on the other.
    /// </summary>
    public static IReadOnlyList<LineOutcome> Outcomes(string text, string rule, string path = DefaultPath, CanvasConfiguration? configuration = null)
    {
        var result = Analyze(text, path, configuration);
        var byLine = ByLine(result, rule);
        var expected = Markers(text).Where(m => m.Rule == rule).GroupBy(m => m.Line).ToDictionary(g => g.Key, g => g.First().Expected);
        var lines = text.Split('\n');
        var outcomes = new List<LineOutcome>();
        var marked = 0;
        foreach (var line in expected.Keys.Union(byLine.Select(g => g.Key)).Order())
        {
            bool? label = expected.TryGetValue(line, out var e) ? e : null;
            var half = label is null ? (marked % 2 == 1 || marked == 0 ? 'A' : 'B') : (marked++ % 2 == 0 ? 'A' : 'B');
            var reported = byLine.Contains(line);
            var source = lines[line].Trim();
            string? mistake = (label, reported) switch
            {
                (true, false) => $"missed  line {line + 1}: {source}",
                (false, true) => $"false + line {line + 1}: {source} — {byLine[line].First().Message}",
                (null, true) => $"unmarked line {line + 1}: {source} — {byLine[line].First().Message}",
                _ => null,
            };
            outcomes.Add(new LineOutcome(line, label, reported, half, mistake));
        }

        return outcomes;
    }

    /// <summary>Asserts every marker in the snippet, and that the marked rules report nowhere else.</summary>
    public static AnalysisResult Verify(string text, string path = DefaultPath, CanvasConfiguration? configuration = null)
    {
        var result = Analyze(text, path, configuration);
        result.Diagnostics.Where(d => d.Code == "CV001").ShouldBeEmpty("the snippet must parse");
        var problems = new List<string>();
        foreach (var rule in Markers(text).Select(m => m.Rule).Distinct())
        {
            var score = Score(text, rule, path, configuration);
            problems.AddRange(score.Mistakes.Select(m => $"{rule} {m}"));
        }

        problems.ShouldBeEmpty();
        return result;
    }

    /// <summary>Applies a fix and re-parses: the result must have no syntax error.</summary>
    public static string ApplyFix(string text, CodeFix fix)
    {
        var fixedText = Meta.Lint.Apply(text, fix);
        var tree = SyntaxTree.Parse(fixedText, DefaultPath);
        tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty($"after '{fix.Title}':\n{fixedText}");
        return fixedText;
    }

    [GeneratedRegex(@"//\s*(?<sign>[+-])\s*(?<rules>CV\d{3}(\s*,\s*CV\d{3})*)")]
    private static partial Regex LineMarker();

    [GeneratedRegex(@"/\*\^(?<rule>CV\d{3})\*/")]
    private static partial Regex CaretMarker();
}
