using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV641: a positioning statement for no one in particular: it names no segment with `for`, or the
/// segment it names is described as everyone ("Anyone who eats", "All our customers", "Tout le monde").
/// A positioning says why one group of people should choose the offer over what they use today; for
/// everyone, there is no "what they use today" to beat. A segment that is not declared is CV007's.
/// </summary>
public sealed class PositioningForEveryoneRule : CanvasRule
{
    private static readonly ReadingMemo<bool> Universal = new();

    public override RuleDescriptor Descriptor { get; } = new("CV641", "positioning-for-everyone", DiagnosticSeverity.Warning,
        "A positioning statement with no `for` segment, or for a segment described as everyone (\"anyone\", \"all customers\", \"tout le monde\").")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var positioning in model.OwnPositionings)
        {
            if (positioning.Syntax.Segment is not { } reference)
            {
                context.Report(PositioningReading.Anchor(positioning),
                    $"{PositioningReading.Title(positioning)} names no segment: a positioning is for one group of people, who need something and use something else today; add `for` and the segment's name");
                continue;
            }

            if (PositioningReading.SegmentOf(model, positioning) is not { } segment)
            {
                continue; // not declared: CV007
            }

            if (EveryoneReading.Describes(model, segment, Universal) is { } words)
            {
                context.Report(reference.Span,
                    $"{PositioningReading.Title(positioning)} is for `{segment.Name}`, described as everyone ({words}): a positioning for everyone beats no alternative in particular; "
                    + "position the offer for the segment that needs it most, and say who they are and in what situation");
            }
        }
    }
}
