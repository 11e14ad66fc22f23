using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>CV107: too few jobs, pains or gains to see the customer; one diagnostic per kind short of its minimum.</summary>
public sealed class InsufficientProfileRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV107", "insufficient-profile", DiagnosticSeverity.Warning,
        "Fewer than 3 jobs, 3 pains or 3 gains (each threshold configurable); one diagnostic per missing kind, on the profile header.")
    {
        Options =
        [
            new RuleOption("minJobs", RuleOptionType.Integer, 3, "Fewer jobs than this are reported."),
            new RuleOption("minPains", RuleOptionType.Integer, 3, "Fewer pains than this are reported."),
            new RuleOption("minGains", RuleOptionType.Integer, 3, "Fewer gains than this are reported."),
        ],
        Fix = "Insert skeletons for the missing entries, as a snippet.",
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var profile in context.Model.OwnProfiles)
        {
            Check(context, profile, CanvasArea.Jobs, "minJobs", "functional job", "What they are trying to get done", "what they are trying to get done");
            Check(context, profile, CanvasArea.Pains, "minPains", "pain", "What annoys them or gets in the way", "what annoys them before, during or after the job");
            Check(context, profile, CanvasArea.Gains, "minGains", "desired gain", "An outcome or benefit they want", "what outcomes and benefits they hope for");
        }
    }

    // Counted without a list: most profiles have enough, and large ones are re-checked on every keystroke.
    internal static int CountOf(Model.Profile profile, CanvasArea area)
    {
        var count = 0;
        foreach (var entry in profile.Entries)
        {
            count += entry.Area == area ? 1 : 0;
        }

        return count;
    }

    private static void Check(RuleContext context, Model.Profile profile, CanvasArea area, string option, string keyword, string placeholder, string ask)
    {
        var min = context.Settings.Int(option);
        if (CountOf(profile, area) >= min)
        {
            return;
        }

        var entries = profile.Entries.Where(e => e.Area == area).ToList();

        var kind = ProfileReading.KindName(area);
        var missing = min - entries.Count;
        var skeletons = Enumerable.Range(1, missing).Select(i => $"{keyword} \"${{{i}:{placeholder}}}\"").ToList();

        // After the last entry of this kind, else after the last entry of an earlier kind, else at the end.
        var anchor = entries.LastOrDefault() ?? profile.Entries.LastOrDefault(e => e.Area < area);
        var edit = anchor is not null
            ? EntryEdits.InsertAfter(context.Text, anchor.Span, skeletons, isSnippet: true)
            : EntryEdits.InsertAtEnd(context.Text, profile.Syntax, skeletons, isSnippet: true);
        var plural = entries.Count == 1 ? kind : kind + "s";
        context.Report(
            FunctionalOnlyJobsRule.Header(profile.Syntax),
            $"profile `{profile.SegmentName}` has {entries.Count} {plural} (at least {min} wanted): ask customers {ask}",
            [new CodeFix($"Add {missing} {kind} skeleton{(missing == 1 ? string.Empty : "s")}", [edit]) { IsMechanical = false }]);
    }
}
