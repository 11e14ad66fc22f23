using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV645: a positioning whose `need` shares no content word (stemmed, in the texts' language) with the
/// jobs and pains its segment's profile ranks highest: the statement answers something the profile
/// does not say matters most. Which entries count: the jobs and pains ranked 1 or 2 (critical or high,
/// extreme or high; `rank` 1 to 3); when none is ranked that high, every ranked job and pain; when
/// nothing is ranked, every job and pain. Silent when the segment has no profile, when the need or the
/// profile is in a language the rules do not read, or when the two are in different languages.
/// </summary>
public sealed class NeedMatchesNothingRule : CanvasRule
{
    private const int TopLevel = 2;
    private const int TopOrder = 3;

    public override RuleDescriptor Descriptor { get; } = new("CV645", "need-matches-nothing", DiagnosticSeverity.Info,
        "A positioning whose `need` shares no word with the top-ranked jobs and pains of its segment's profile.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;

        // Every need that can be compared, then one pass over each profile's top entries per language.
        var needs = new List<(Positioning Positioning, FieldSyntax Need, Segment Segment, Model.Profile Profile, NaturalLanguage Language, StemSet Stems)>();
        foreach (var positioning in model.OwnPositionings)
        {
            if (PositioningReading.Written(positioning, "need") is not { Text: not null } need
                || PositioningReading.SegmentOf(model, positioning) is not { } segment
                || model.ProfileOf(segment.Name) is not { } profile)
            {
                continue;
            }

            var facts = Profile.ProfileReading.Read(model, profile);
            var language = facts.IsEnglishContext ? NaturalLanguage.English : facts.Language;

            // Read in the profile's language, when the need may be in it; in no other.
            if (!language.IsRead() || !FileLanguage.Candidates(model, need.Text.Value, anyWhenUndecided: false).Contains(language))
            {
                continue;
            }

            var stems = model.Readings.Of(need.Text.Value).StemSetIn(language);
            if (stems.Count > 0)
            {
                needs.Add((positioning, need, segment, profile, language, stems));
            }
        }

        foreach (var group in needs.GroupBy(n => (n.Profile.SegmentName, n.Language)))
        {
            var first = group.First();
            var compared = TopEntries(first.Profile);
            if (compared.Count == 0)
            {
                continue;
            }

            var shared = Profile.ProfileVocabulary.Shared(compared, group.Key.Language, group.Select(n => n.Stems));
            foreach (var (positioning, need, segment, _, _, stems) in group)
            {
                if (stems.Stems.Any(shared.Contains))
                {
                    continue;
                }

                var which = compared.Any(e => e.IsRanked) ? "top-ranked jobs and pains" : "jobs and pains";
                var names = string.Join(", ", compared.Take(InterviewReading.NamesShown).Select(e => e.Id is { } id ? $"`{id}`" : $"'{Entry.Shorten(e.Text, 24)}'"))
                    + (compared.Count > InterviewReading.NamesShown ? ", …" : string.Empty);
                context.Report(need.Text!.Span,
                    $"the need {model.Readings.Of(need.Text!.Value).Quoted} of {PositioningReading.Title(positioning)} shares no word with the {which} of `{segment.Name}` ({names}): "
                    + "a positioning should answer what matters most to its segment; say the need in the profile's words, or rank the entry it answers higher",
                    related: [.. compared.Take(InterviewReading.NamesShown).Select(e => context.Related(e.Location with { Span = Anchors.Head(e) }, $"{e.KindLabel} of `{segment.Name}`"))]);
            }
        }
    }

    /// <summary>The jobs and pains a need should echo: the highest ranked, else the ranked, else all.</summary>
    internal static List<Entry> TopEntries(Model.Profile profile)
    {
        var jobsAndPains = profile.Entries.Where(e => e.Area is CanvasArea.Jobs or CanvasArea.Pains && e.Text.Length > 0).ToList();
        var top = jobsAndPains.Where(e => e.Level <= TopLevel || e.Order <= TopOrder).ToList();
        if (top.Count > 0)
        {
            return top;
        }

        var ranked = jobsAndPains.Where(e => e.IsRanked).ToList();
        return ranked.Count > 0 ? ranked : jobsAndPains;
    }
}
