using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV503: a business model serves a segment nobody has described in a customer profile.</summary>
public sealed class ModelSegmentWithoutProfileRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV503", "model-segment-without-profile", DiagnosticSeverity.Warning,
        "A business model lists a customer segment that has no customer profile.");

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var business in model.OwnBusinessModels)
        {
            // Undeclared names are CV007's to report.
            foreach (var name in business.Segments.Where(n => model.Segments.ContainsKey(n.Text) && model.ProfileOf(n.Text) is null))
            {
                context.Report(name.Span,
                    $"business model `{business.Name}` lists segment `{name.Text}`, which has no customer profile: add `profile {name.Text}` with its jobs, pains and gains");
            }
        }
    }
}
