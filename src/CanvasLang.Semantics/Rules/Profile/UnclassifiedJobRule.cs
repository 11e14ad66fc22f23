using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>CV109: a job without functional, social or emotional; the kind is what CV102 and readers rely on.</summary>
public sealed class UnclassifiedJobRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV109", "unclassified-job", DiagnosticSeverity.Hint,
        "A job without functional, social or emotional.")
    {
        Fix = "Mark the job as functional, social or emotional (one fix per kind).",
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var job in context.Model.OwnProfiles.SelectMany(p => p.Jobs).Where(j => j.JobKind is null))
        {
            var at = new TextSpan(job.Syntax.Keyword.Span.Start, 0);
            var label = job.Id is { } id ? $"job `{id}`" : $"job '{Model.Entry.Shorten(job.Text)}'";
            context.Report(
                job.Syntax.Keyword.Span,
                $"{label} has no kind: say whether it is functional (a task), social (how they want to be seen) or emotional (how they want to feel)",
                [
                    new CodeFix("Mark as functional job", [new TextEdit(at, "functional ")]) { IsMechanical = false },
                    new CodeFix("Mark as social job", [new TextEdit(at, "social ")]) { IsMechanical = false },
                    new CodeFix("Mark as emotional job", [new TextEdit(at, "emotional ")]) { IsMechanical = false },
                ]);
        }
    }
}
