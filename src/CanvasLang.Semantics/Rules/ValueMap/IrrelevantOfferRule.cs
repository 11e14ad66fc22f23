using CanvasLang.Syntax;
using System.Collections.Immutable;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV202: a product or service that says no job of the segment it serves.</summary>
public sealed class IrrelevantOfferRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV202", "irrelevant-offer", DiagnosticSeverity.Warning,
        "A product or service that serves none of the segment's jobs.")
    {
        Fix = "Add `serves` to the offer, with completion of the segment's jobs.",
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var map in model.OwnValueMaps)
        {
            // Job ids offered as snippet choices, so the fix lands on a real name of this segment.
            var jobs = model.ProfileOf(map.SegmentName)?.Jobs.Select(j => j.Id).OfType<string>().ToList() ?? [];
            foreach (var offer in map.Offers)
            {
                if (!offer.References.IsEmpty || offer.Syntax.Attributes.Any(a => LanguageTable.Attribute(a.Keyword.Text) is { IsEntryLink: true }))
                {
                    continue;
                }

                var choice = jobs.Count == 0 ? "${1:job}" : "${1|" + string.Join(",", jobs) + "|}";
                var fix = new CodeFix("Add `serves` to " + offer.Label, [Profile.EntryEdits.Append(context.Text, offer.Span, " serves " + choice, isSnippet: true)])
                {
                    IsMechanical = false,
                };
                context.Report(Anchors.Head(offer),
                    $"{offer.Label} serves no job of `{map.SegmentName}`: add `serves` with the job it helps with, or drop it from this segment's value map",
                    fixes: ImmutableArray.Create(fix));
            }
        }
    }
}
