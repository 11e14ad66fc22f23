using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV405: several tests for one segment, none with a priority.</summary>
public sealed class UnprioritizedTestsRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV405", "unprioritized-tests", DiagnosticSeverity.Hint,
        "This segment has several tests and none of them has a priority.");

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        // Once per segment, on the first of this file's tests for it.
        foreach (var group in model.OwnTests.Where(t => t.SegmentName is not null).GroupBy(t => t.SegmentName!, StringComparer.Ordinal))
        {
            if (!model.Segments.ContainsKey(group.Key))
            {
                continue;
            }

            var all = model.TestsOf(group.Key).ToList();
            if (all.Count >= 2 && all.All(t => t.Field("priority") is null))
            {
                var first = group.OrderBy(t => t.Syntax.Span.Start).First();
                context.Report(Anchors.Header(first.Syntax),
                    $"none of the {all.Count} tests for `{group.Key}` has a priority: add `priority 1` to the test to run first, so a failed early test can stop the ones that depend on it");
            }
        }
    }
}
