using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV662: a metric with no `every …`: nothing says when anyone looks at it, so nothing says when it steers a decision.</summary>
public sealed class MetricWithoutFrequencyRule : CanvasRule
{
    // Month first: often enough to act within a quarter, seldom enough for the figure to move.
    private static readonly ImmutableArray<string> Periods = ["month", "week", "quarter"];

    public override RuleDescriptor Descriptor { get; } = new("CV662", "metric-without-frequency", DiagnosticSeverity.Info,
        "A metric with no `every day|week|month|quarter|year`: nothing says how often it is read.")
    {
        Fix = "Add `every month`, `every week` or `every quarter` to the metric, where the formatter puts it (after the target, before `tracks`).",
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var metric in MetricReading.Own(context.Model))
        {
            if (metric.Every is not null || metric.Syntax.Attributes.Any(a => a.Keyword.Text == "every"))
            {
                continue;
            }

            context.Report(MetricReading.Anchor(metric),
                $"{metric.Label} does not say how often it is read: a figure nobody looks at on a schedule steers no decision; " +
                "add `every week`, `every month` or `every quarter`, as often as the team can act on what it shows",
                fixes: [.. Periods.Select(p => Fix(metric, p))]);
        }
    }

    /// <summary>
    /// `every …` in the formatter's order of a metric's attributes (target, period, tracks): before the
    /// first `tracks` when there is one, else after the last thing written.
    /// </summary>
    private static CodeFix Fix(Metric metric, string period)
    {
        var s = metric.Syntax;
        var tracks = s.Attributes.FirstOrDefault(a => a.Keyword.Text == "tracks");
        var end = new[] { s.Keyword.Span.End, s.Id?.Span.End ?? 0, s.Text?.Span.End ?? 0 }.Concat(s.Attributes.Select(a => a.Span.End)).Max();
        var edit = tracks is null
            ? new TextEdit(new TextSpan(end, 0), $" every {period}")
            : new TextEdit(new TextSpan(tracks.Span.Start, 0), $"every {period} ");
        return new CodeFix($"Read it every {period}", [edit]) { IsMechanical = false };
    }
}
