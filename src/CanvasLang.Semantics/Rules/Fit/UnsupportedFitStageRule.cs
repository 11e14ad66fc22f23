using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV671: a claimed fit stage without the evidence the stage needs. Each stage needs what the one
/// before it needs, and more: problem–solution fit a ranked profile whose most important pains and
/// gains the value map answers; product–market fit a validated test of the segment with a learning
/// card; business model fit a business model that serves the segment.
/// </summary>
public sealed class UnsupportedFitStageRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV671", "unsupported-fit-stage", DiagnosticSeverity.Warning,
        "A claimed fit stage whose evidence is missing: a ranked profile answered by the value map (problem–solution), a validated test with a learning card (product–market), a business model serving the segment (business model).");

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var fit in model.FitStages.Values.Where(f => model.IsOwnPath(f.Location.Path)))
        {
            if (fit.Stage is not { } stage || fit.Syntax.Name is null || !model.Segments.ContainsKey(fit.SegmentName))
            {
                continue; // no stage claimed, or an undeclared segment (CV007's)
            }

            var missing = Missing(model, fit, stage);
            if (missing.Count > 0)
            {
                var at = fit.Syntax.Fields.First(f => f.Keyword.Text == "stage");
                context.Report(at.Value?.Span ?? at.Span,
                    $"`{fit.SegmentName}` claims {FitStage.Spoken(stage)}, but {PersonaReading.Join(missing)}: claim the stage the evidence shows, or gather what is missing");
            }
        }
    }

    /// <summary>What the claimed stage needs and the canvas does not show, in the order the stages build on each other.</summary>
    internal static List<string> Missing(SemanticModel model, FitStage fit, string stage)
    {
        var missing = new List<string>();
        var segment = fit.SegmentName;
        var profile = model.ProfileOf(segment);
        if (profile is null)
        {
            missing.Add("it has no customer profile");
        }
        else if (!profile.Entries.Any(e => e.Level is not null || e.Order is not null))
        {
            missing.Add("nothing in its profile is ranked");
        }

        if (model.ValueMapOf(segment) is null)
        {
            missing.Add("it has no value map");
        }
        else if (profile is not null)
        {
            var unanswered = profile.Entries.Where(e => e.Area is CanvasArea.Pains or CanvasArea.Gains && e.Level == 1 && !model.AddressersOf(e).Any()).Select(e => $"`{e.Id ?? e.KindLabel}`").ToList();
            if (unanswered.Count > 0)
            {
                missing.Add($"the value map does not answer its top {(unanswered.Count == 1 ? "entry" : "entries")} {PersonaReading.Join(unanswered)}");
            }
        }

        if (stage is "product-market" or "business-model")
        {
            var tests = model.Tests.Where(t => t.SegmentName == segment || fit.BasedOn.Any(n => n.Text == t.Name)).ToList();
            var validated = tests.Where(t => t.Status == "validated").ToList();
            if (validated.Count == 0)
            {
                missing.Add(tests.Count == 0 ? "no test card checks it in the market" : "none of its tests is validated");
            }
            else if (!validated.Any(t => model.Learnings.Any(l => l.TestName == t.Name)))
            {
                missing.Add($"no learning card records what {PersonaReading.Join([.. validated.Select(t => $"`{t.Name}`")])} taught");
            }
        }

        if (stage == "business-model" && !model.BusinessModels.Any(b => b.Segments.Any(n => n.Text == segment)))
        {
            missing.Add("no business model serves it");
        }

        return missing;
    }
}
