using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV652: a quadrant of a SWOT with more items than anyone weighs against each other; one finding per quadrant, on the SWOT's name.</summary>
public sealed class SwotTooLongRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV652", "swot-too-long", DiagnosticSeverity.Info,
        "A SWOT quadrant with more than 7 items (configurable): a long list hides the few factors that matter.")
    {
        Options =
        [
            new RuleOption("maxItems", RuleOptionType.Integer, 7, "Strengths, weaknesses, opportunities or threats of one SWOT beyond this many are reported."),
        ],
    };

    public override void Analyze(RuleContext context)
    {
        var max = context.Settings.Int("maxItems");
        foreach (var swot in context.Model.OwnSwots)
        {
            foreach (var quadrant in Enum.GetValues<SwotQuadrant>())
            {
                var items = swot.In(quadrant).ToList();
                if (items.Count > max)
                {
                    context.Report(SwotReading.Anchor(swot), Message(swot, quadrant, items.Count, max),
                        related: [.. items.Skip(max).Take(1).Select(i => context.Related(i.Location with { Span = i.Span }, $"{SwotReading.Singular(quadrant)} {max + 1} of {items.Count}"))]);
                }
            }
        }
    }

    private static string Message(Swot swot, SwotQuadrant quadrant, int count, int max) =>
        $"{swot.Title} lists {SwotReading.Count(count, quadrant)} (at most {max} wanted): nobody weighs that many against each other; " +
        $"keep the {Swot.Word(quadrant)} that change what the business will do, rank them with `priority`, and drop or merge the rest";
}
