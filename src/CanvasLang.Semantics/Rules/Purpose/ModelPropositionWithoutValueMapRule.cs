using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV504: a business model claims a value proposition for a segment that has no value map.</summary>
public sealed class ModelPropositionWithoutValueMapRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV504", "model-proposition-without-valuemap", DiagnosticSeverity.Warning,
        "A business model lists a value proposition for a segment that has no value map.");

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var business in model.OwnBusinessModels)
        {
            foreach (var name in business.Propositions.Where(n => model.Segments.ContainsKey(n.Text) && model.ValueMapOf(n.Text) is null))
            {
                context.Report(name.Span,
                    $"business model `{business.Name}` lists a proposition for `{name.Text}`, which has no value map: add `valuemap {name.Text}` with its products, relievers and creators");
            }
        }
    }
}
