using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>CV108: a kind with enough entries and none ranked; without ranks, fit cannot tell what matters most.</summary>
public sealed class UnrankedEntriesRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV108", "unranked-entries", DiagnosticSeverity.Info,
        "In a profile with 3 or more pains (or gains, or jobs), none of them ranked: no severity, relevance, importance or rank.")
    {
        Options = [new RuleOption("minEntries", RuleOptionType.Integer, 3, "The rule looks only at kinds with at least this many entries.")],
        Fix = "Add `severity moderate` (`relevance medium`, `importance medium`) to each entry, as a snippet.",
    };

    public override void Analyze(RuleContext context)
    {
        var min = context.Settings.Int("minEntries");
        foreach (var profile in context.Model.OwnProfiles)
        {
            foreach (var (area, attribute, value, plural) in new[]
            {
                (CanvasArea.Jobs, "importance", "medium", "jobs"),
                (CanvasArea.Pains, "severity", "moderate", "pains"),
                (CanvasArea.Gains, "relevance", "medium", "gains"),
            })
            {
                if (InsufficientProfileRule.CountOf(profile, area) < min || profile.Entries.Any(e => e.Area == area && e.IsRanked))
                {
                    continue;
                }

                var entries = profile.Entries.Where(e => e.Area == area).ToList();

                var edits = entries.Select((e, i) => EntryEdits.Append(context.Text, e.Span, $" {attribute} ${{{i + 1}:{value}}}", isSnippet: true));
                var first = entries[0];
                context.Report(
                    first.Syntax.Keyword.Span,
                    $"none of the {entries.Count} {plural} of profile `{profile.SegmentName}` is ranked: give each {Article.With(attribute)} so the value map can focus on what matters most",
                    [new CodeFix($"Rank {plural} ({attribute} {value})", [.. edits]) { IsMechanical = false }]);
            }
        }
    }
}
