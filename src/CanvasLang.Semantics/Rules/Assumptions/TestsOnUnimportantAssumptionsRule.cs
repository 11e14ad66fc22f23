using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV632: a test card that checks only medium or low assumptions while its segment has important,
/// still unknown ones that nothing checks: the effort goes where the least is at stake.
/// </summary>
public sealed class TestsOnUnimportantAssumptionsRule : CanvasRule
{
    private const int Shown = 3;

    public override RuleDescriptor Descriptor { get; } = new("CV632", "tests-on-unimportant-assumptions", DiagnosticSeverity.Warning,
        "A test that checks only medium or low assumptions while important, unknown ones of its segment have no test.");

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        var assumptions = model.Assumptions.Where(a => a.Name.Length > 0).GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First());
        foreach (var test in model.OwnTests)
        {
            // Names that are not assumptions are CV002's or CV004's; a test of no known assumption says nothing here.
            var tested = test.Tests.Select(n => assumptions.GetValueOrDefault(n.Text)).OfType<Assumption>().ToList();
            if (tested.Count == 0 || !tested.All(AssumptionReading.IsUnimportant) || test.SegmentName is not { } segment)
            {
                continue;
            }

            var waiting = model.Assumptions.Where(a => a.SegmentName == segment && AssumptionReading.NeedsATest(model, a)).ToList();
            if (waiting.Count > 0 && test.Syntax.Name is { } name)
            {
                context.Report(name.Span, Message(test, tested, waiting),
                    related: [.. waiting.Take(Shown).Select(a => context.Related(a.Location with { Span = AssumptionReading.Anchor(a) }, $"{AssumptionReading.Standing(a)}, untested"))]);
            }
        }
    }

    private static string Message(TestCard test, List<Assumption> tested, List<Assumption> waiting)
    {
        var names = string.Join(", ", waiting.Take(Shown).Select(a => $"`{a.Name}`")) + (waiting.Count > Shown ? ", …" : string.Empty);
        var checks = string.Join(", ", tested.Select(a => $"`{a.Name}`"));
        return $"test `{test.Name}` checks only {(tested.Count == 1 ? "an assumption" : "assumptions")} of medium or low importance ({checks}) " +
            $"while {names} of `{test.SegmentName}` {(waiting.Count == 1 ? "is" : "are")} important, still unknown and untested: test those first";
    }
}
