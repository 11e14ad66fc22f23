using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV642: a positioning whose `benefit` lists what the offer has ("GPS tracking, offline maps and a
/// heart-rate monitor") instead of what the customer gains from it. Read as CV204 reads feature names
/// (<see cref="BenefitReading"/>), in the seven read languages; silent in others.
/// </summary>
public sealed class BenefitIsFeatureListRule : CanvasRule
{
    private static readonly ReadingMemo<bool> FeatureList = new();

    public override RuleDescriptor Descriptor { get; } = new("CV642", "benefit-is-feature-list", DiagnosticSeverity.Warning,
        "A positioning whose `benefit` names features or a list of capabilities instead of what the customer gains.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var positioning in model.OwnPositionings)
        {
            if (PositioningReading.Written(positioning, "benefit")?.Text is not { } text)
            {
                continue;
            }

            var reading = model.Readings.Of(text.Value);
            var languages = FileLanguage.Candidates(model, text.Value, anyWhenUndecided: true);
            if (languages.Count > 0 && reading.Remember(FeatureList, FileLanguage.Key(languages), (r, _) => languages.Any(l => BenefitReading.IsFeatureList(l, r))))
            {
                context.Report(text.Span,
                    $"the benefit {reading.Quoted} of {PositioningReading.Title(positioning)} lists what the offer has, not what the customer gains: "
                    + "features are the reason the benefit is believable; say what changes for the segment because of them (time, money, worry, a job done)");
            }
        }
    }
}
