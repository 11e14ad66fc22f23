using CanvasLang.Semantics.Tests.Meta;
using Xunit.Abstractions;

namespace CanvasLang.Semantics.Tests.Rules.ValueMap;

/// <summary>
/// Precision and recall of the word-reading value-map, test and purpose rules on their labelled sets
/// (Labelled/README.md). Precision is held to 1: a false warning costs more than a missed one.
/// </summary>
public class LabelledSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("CV204", 0.6)]
    [InlineData("CV402", 0.8)]
    [InlineData("CV501", 0.8)]
    [InlineData("CV502", 0.7)]
    public void Scores_on_the_labelled_set(string rule, double minimumRecall)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, "tests", "CanvasLang.Semantics.Tests", "Labelled", rule + ".canvas"));
        var score = RuleTestHarness.Score(text, rule);
        output.WriteLine($"{rule}: TP {score.TruePositives} FP {score.FalsePositives} FN {score.FalseNegatives} TN {score.TrueNegatives} precision {score.Precision:0.00} recall {score.Recall:0.00}");
        foreach (var mistake in score.Mistakes)
        {
            output.WriteLine(mistake);
        }

        (score.TruePositives + score.FalseNegatives).ShouldBeGreaterThanOrEqualTo(10);
        score.Precision.ShouldBe(1.0, string.Join("\n", score.Mistakes));
        score.Recall.ShouldBeGreaterThanOrEqualTo(minimumRecall, string.Join("\n", score.Mistakes));
    }
}
