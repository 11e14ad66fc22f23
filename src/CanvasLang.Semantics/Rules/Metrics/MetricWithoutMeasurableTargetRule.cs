using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV661: a metric with no target, or whose target gives neither a size nor anything to compare with
/// ("more of them", "as high as possible"), so nobody can say on a given day whether it was met. The
/// words are read in the seven read languages (Lexicons/&lt;code&gt;/metrics.txt); in any other language
/// only a missing target is reported.
/// </summary>
public sealed class MetricWithoutMeasurableTargetRule : CanvasRule
{
    private static readonly ReadingMemo<bool> Measurable = new();

    public override RuleDescriptor Descriptor { get; } = new("CV661", "metric-without-measurable-target", DiagnosticSeverity.Warning,
        "A metric with no `target`, or whose target has no number and no comparison (\"more of them\", \"as high as possible\"): nobody can tell whether it was met.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var metric in MetricReading.Own(model))
        {
            if (metric.Target is not { } target || metric.TargetToken is not { } token)
            {
                // A target given without its text is a syntax error already.
                if (!metric.Syntax.Attributes.Any(a => a.Keyword.Text == "target"))
                {
                    context.Report(MetricReading.Anchor(metric),
                        $"{metric.Label} has no target: without one, nobody can say whether a reading is good news or bad; " +
                        "add `target \"…\"` with the level to reach, as a number or a comparison (\"at least 40 a week\", \"more than last quarter\")");
                }

                continue;
            }

            if (MetricTargets.HasFigure(target))
            {
                continue;
            }

            // Precision first. A target is a few words of its metric's language: when the metric's
            // description is in a language the rule cannot read, so is the target ("fler än i fjol"
            // alone looks like nothing). Otherwise a target is measurable when it reads so in any
            // language it may be in, and no read language at all means silence.
            var reading = metric.TargetReading!;
            var languages = metric.Text.Length > 0 && !FileLanguage.Of(model, metric.Text).IsRead()
                ? []
                : FileLanguage.Candidates(model, target, anyWhenUndecided: false);
            if (languages.Count == 0 || reading.Words.IsEmpty
                || reading.Remember(Measurable, FileLanguage.Key(languages), (r, _) => languages.Any(l => MetricTargets.For(l).IsMeasurable(r.Words))))
            {
                continue;
            }

            context.Report(token.Span,
                $"the target of {metric.Label}, {reading.Quoted}, names no number and no comparison: nobody can say on a given day whether it was met; " +
                "write the level to reach (\"at least 40 a week\", \"under 3 %\") or what to beat (\"more than last quarter\", \"double last year's\")");
        }
    }
}
