using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV621: a profile whose segment has interviews, none of which any of its entries cites: the
/// evidence sits beside the canvas, and nothing tells the observed entries from the guessed ones.
/// </summary>
public sealed class ProfileCitesNoInterviewRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV621", "profile-cites-no-interview", DiagnosticSeverity.Info,
        "A profile with entries, none of which cites the interviews its segment has with `heard`.");

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var profile in model.OwnProfiles)
        {
            // An empty profile has nothing to cite with; a `heard` naming anything at all (even
            // something unknown, CV002's) shows the team links entries to evidence.
            if (profile.Syntax.Segment is not { } segment || profile.Entries.IsEmpty || profile.Entries.Any(e => !e.HeardIn.IsEmpty))
            {
                continue;
            }

            var interviews = InterviewReading.Of(model, profile.SegmentName);
            if (interviews.Count > 0)
            {
                context.Report(segment.Span, Message(profile.SegmentName, interviews),
                    related: [.. InterviewReading.Shown(interviews).Select(i => context.Related(i.Location with { Span = InterviewReading.Anchor(i) }, $"an interview of `{profile.SegmentName}`"))]);
            }
        }
    }

    private static string Message(string segment, List<Interview> interviews)
    {
        const string Why = "so the canvas shows which entries rest on what customers said and which are still guesses";
        if (interviews.Count == 1)
        {
            var name = interviews[0].Name;
            return $"profile `{segment}` cites no interview, though `{segment}` has one (`{name}`): add `heard {name}` to the jobs, pains and gains it showed, {Why}";
        }

        var names = InterviewReading.Names([.. interviews.Select(i => i.Name)]);
        return $"profile `{segment}` cites none of the {interviews.Count} interviews of `{segment}` ({names}): add `heard` and their names to the jobs, pains and gains each one showed, {Why}";
    }
}
