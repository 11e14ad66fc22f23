using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV623: a profile entry that cites exactly one of the many interviews of its segment: one mention
/// is an anecdote, and a segment with enough interviews can tell it from a pattern.
/// </summary>
public sealed class EntryHeardOnceRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV623", "entry-heard-once", DiagnosticSeverity.Hint,
        "A profile entry that cites only one of its segment's interviews, when the segment has 4 or more (configurable).")
    {
        Options =
        [
            new RuleOption("minInterviews", RuleOptionType.Integer, 4, "Entries are checked only in segments with at least this many interviews."),
        ],
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        var min = context.Settings.Int("minInterviews");
        foreach (var profile in model.OwnProfiles)
        {
            var interviews = InterviewReading.Of(model, profile.SegmentName);
            if (interviews.Count < Math.Max(min, 1))
            {
                continue;
            }

            var names = interviews.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var entry in profile.Entries)
            {
                if (CitesOnlyOne(entry, names) is { } cited)
                {
                    var interview = interviews.First(i => i.Name == cited);
                    context.Report(HeardAttribute(entry).Span, Message(entry, interviews.Count, cited),
                        related: [context.Related(interview.Location with { Span = InterviewReading.Anchor(interview) }, "the only interview cited")]);
                }
            }
        }
    }

    /// <summary>
    /// The interview an entry cites when it names exactly one, and that one is of its segment. An entry
    /// naming a second interview, even one that does not exist yet (CV002's), is not heard once.
    /// </summary>
    private static string? CitesOnlyOne(Entry entry, HashSet<string> interviews)
    {
        var cited = entry.HeardIn.Select(n => n.Text).Distinct(StringComparer.Ordinal).ToList();
        return cited.Count == 1 && interviews.Contains(cited[0]) ? cited[0] : null;
    }

    private static AttributeSyntax HeardAttribute(Entry entry) => entry.Syntax.Attributes.First(a => a.Keyword.Text == "heard");

    private static string Message(Entry entry, int interviews, string cited) =>
        $"{entry.Label} is heard in only 1 of the {interviews} interviews of `{entry.SegmentName}` (`{cited}`): one mention is an anecdote, "
        + "a pattern needs repetition; ask about it in the next interviews, and cite each one it comes up in";
}
