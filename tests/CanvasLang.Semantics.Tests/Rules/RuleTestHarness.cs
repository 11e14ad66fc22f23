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
    public static MarkerScore Score(string text, string rule, string path = DefaultPath, CanvasConfiguration? configuration = null)
    {
        var result = Analyze(text, path, configuration);
        var byLine = ByLine(result, rule);
        var markers = Markers(text).Where(m => m.Rule == rule).ToList();
        var marked = markers.Select(m => m.Line).ToHashSet();
        var lines = text.Split('\n');
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var mistakes = new List<string>();
        foreach (var m in markers)
        {
            var reported = byLine.Contains(m.Line);
            if (m.Expected && reported) tp++;
            else if (m.Expected) { fn++; mistakes.Add($"missed  line {m.Line + 1}: {lines[m.Line].Trim()}"); }
            else if (reported) { fp++; mistakes.Add($"false + line {m.Line + 1}: {lines[m.Line].Trim()} — {byLine[m.Line].First().Message}"); }
            else tn++;
        }

        foreach (var group in byLine.Where(g => !marked.Contains(g.Key)))
        {
            fp++;
            mistakes.Add($"unmarked line {group.Key + 1}: {lines[group.Key].Trim()} — {group.First().Message}");
        }

        return new MarkerScore(rule, tp, fp, fn, tn, mistakes);
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
