using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>CV102: every job of the profile (at least 2) is functional; social and emotional jobs are often the deciding ones.</summary>
public sealed class FunctionalOnlyJobsRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV102", "functional-only-jobs", DiagnosticSeverity.Warning,
        "A profile whose jobs (at least 2) are all functional: no social or emotional job.")
    {
        Fix = "Insert an emotional and a social job skeleton after the last job, as a snippet.",
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var profile in context.Model.OwnProfiles)
        {
            var jobs = profile.Jobs.ToList();
            if (jobs.Count < 2 || jobs.Any(j => j.JobKind != "functional"))
            {
                continue;
            }

            var insert = EntryEdits.InsertAfter(context.Text, jobs[^1].Span,
                ["emotional job ${1:feel_id} \"${2:How they want to feel}\"", "social job ${3:seen_id} \"${4:How they want to be seen by others}\""], isSnippet: true);
            context.Report(
                Header(profile.Syntax),
                $"all {jobs.Count} jobs of profile `{profile.SegmentName}` are functional: add how these customers want to feel (emotional job) and be seen (social job)",
                [new CodeFix("Add emotional and social jobs", [insert])]);
        }
    }

    /// <summary>The <c>profile x</c> header: where profile-wide diagnostics go.</summary>
    internal static TextSpan Header(Syntax.Tree.ProfileSyntax syntax) =>
        TextSpan.FromBounds(syntax.Keyword.Span.Start, syntax.Segment?.Span.End ?? syntax.Keyword.Span.End);
}
