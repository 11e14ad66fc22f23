using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV404: a segment tested by exactly one card, where a series of experiments is needed.</summary>
public sealed class SingleTestRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV404", "single-test", DiagnosticSeverity.Info,
        "This segment has exactly one test: design a series of tests instead.");

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var test in model.OwnTests)
        {
            // Tests of undeclared segments are CV007's; counting includes imported tests.
            if (test.SegmentName is { } segment && model.Segments.ContainsKey(segment) && model.TestsOf(segment).Count() == 1)
            {
                context.Report(Anchors.Header(test.Syntax),
                    $"test `{test.Name}` is the only test for `{segment}`: one card is not enough, design a series of tests ranked by how critical each hypothesis is");
            }
        }
    }
}
