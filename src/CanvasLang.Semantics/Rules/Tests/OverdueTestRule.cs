using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV403: a test still planned or running after its due date.</summary>
public sealed class OverdueTestRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV403", "overdue-test", DiagnosticSeverity.Warning,
        "The test's due date has passed and its status is still planned or running.");

    public override void Analyze(RuleContext context)
    {
        foreach (var test in context.Model.OwnTests)
        {
            // No status reads as planned: a card nobody has updated is the case this rule is for.
            var status = test.Status ?? "planned";
            if (test.Due is not { } due || due >= context.Today || status is not ("planned" or "running")
                || test.Field("due")?.Value is not { } dueToken)
            {
                continue;
            }

            var days = context.Today.DayNumber - due.DayNumber;
            context.Report(dueToken.Span,
                $"test `{test.Name}` was due {dueToken.Text} ({days} day{(days == 1 ? string.Empty : "s")} ago) and is still {status}: update its status, move the due date, or record the result in a learning card");
        }
    }
}
