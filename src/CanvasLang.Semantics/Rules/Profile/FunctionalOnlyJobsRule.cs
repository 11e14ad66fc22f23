using System.Collections.Frozen;
using CanvasLang.Semantics.Language;
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
            if (jobs.Count < 2 || !IsFunctionalOnly(context.Model, profile, jobs))
            {
                continue;
            }

            var insert = EntryEdits.InsertAfter(context.Text, jobs[^1].Span,
                ["emotional job ${1:feel_id} \"${2:How they want to feel}\"", "social job ${3:seen_id} \"${4:How they want to be seen by others}\""], isSnippet: true);
            context.Report(
                Header(profile.Syntax),
                $"all {jobs.Count} jobs of profile `{profile.SegmentName}` are functional{Unkinded(jobs)}: add how these customers want to feel (emotional job) and be seen (social job)",
                [new CodeFix("Add emotional and social jobs", [insert])]);
        }
    }

    private static string Unkinded(List<Model.Entry> jobs) => jobs.Count(j => j.JobKind is null) switch
    {
        0 => string.Empty,
        1 => " (the one written without a kind reads as a task)",
        var n => $" (the {n} written without a kind read as tasks)",
    };

    private static readonly FrozenSet<string> EmotionalCues = WordLists.Section("job-kind-cues", "emotional").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SocialCues = WordLists.Section("job-kind-cues", "social").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Every job is functional, or reads as a task: a job without a kind counts when its English words
    /// show no feeling or image ("Feel confident…", "Be seen as…"). At least one job must be marked
    /// functional: a profile with no kinds at all is CV109's to report, and a job the rule cannot read
    /// (another language) keeps it silent.
    /// </summary>
    private static bool IsFunctionalOnly(Model.SemanticModel model, Model.Profile profile, List<Model.Entry> jobs)
    {
        if (!jobs.Any(j => j.JobKind == "functional") || jobs.Any(j => j.JobKind is not null && j.JobKind != "functional"))
        {
            return false;
        }

        // Only jobs written without a kind need reading.
        if (jobs.All(j => j.JobKind is not null))
        {
            return true;
        }

        foreach (var reading in ProfileReading.Read(model, profile))
        {
            var job = reading.Entry;
            if (job.Area != Model.CanvasArea.Jobs || job.JobKind == "functional")
            {
                continue;
            }

            if (job.JobKind is not null || !reading.IsEnglish
                || reading.Words.Any(w => EmotionalCues.Contains(w.Text) || SocialCues.Contains(w.Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The <c>profile x</c> header: where profile-wide diagnostics go.</summary>
    internal static TextSpan Header(Syntax.Tree.ProfileSyntax syntax) =>
        TextSpan.FromBounds(syntax.Keyword.Span.Start, syntax.Segment?.Span.End ?? syntax.Keyword.Span.End);
}
