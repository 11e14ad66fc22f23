using CanvasLang.Syntax;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV203: a reliever or creator that addresses nothing, or only lowest-ranked entries while a
/// higher-ranked one of the same area has no answer at all.
/// </summary>
public sealed class IrrelevantRelieverOrCreatorRule : CanvasRule
{
    private const int Lowest = 4;

    public override RuleDescriptor Descriptor { get; } = new("CV203", "irrelevant-reliever-or-creator", DiagnosticSeverity.Warning,
        "A reliever that relieves nothing, a creator that creates nothing, or one that only addresses low-ranked entries while higher-ranked ones are left without answer.");

    private static bool AllLowest(System.Collections.Immutable.ImmutableArray<Entry> targets)
    {
        foreach (var t in targets)
        {
            if (t.Level != Lowest)
            {
                return false;
            }
        }

        return true;
    }

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;

        // The first unanswered higher-ranked entry depends only on the profile and the area, so it is
        // looked up once per (profile, area) rather than once per reliever: linear, not quadratic.
        var firstNeglected = new Dictionary<(Model.Profile Profile, bool Pains), Entry?>();
        foreach (var map in model.OwnValueMaps)
        {
            var profile = model.ProfileOf(map.SegmentName);
            // Entries are in written order already: relievers and creators as they come.
            foreach (var entry in map.Entries)
            {
                if (entry.Area is not (CanvasArea.PainRelievers or CanvasArea.GainCreators))
                {
                    continue;
                }

                var isReliever = entry.Area == CanvasArea.PainRelievers;
                var verb = LanguageTable.Entry(entry.Syntax.Kind).ReferenceAttribute!.Keyword;
                if (entry.References.IsEmpty)
                {
                    // A written but empty or broken `relieves` is the binder's to report.
                    if (entry.Syntax.Attributes.Any(a => a.Keyword.Text == verb))
                    {
                        continue;
                    }

                    context.Report(Anchors.Head(entry), isReliever
                        ? $"{entry.Label} relieves no pain: add `relieves` with the pain it eases, or drop it"
                        : $"{entry.Label} creates no gain: add `creates` with the gain it produces, or drop it");
                    continue;
                }

                if (profile is null)
                {
                    continue;
                }

                var targets = model.TargetsOf(entry);
                // Only when every reference resolved: a broken one may well be the important entry.
                if (targets.Length != entry.References.Length || !AllLowest(targets))
                {
                    continue;
                }

                if (!firstNeglected.TryGetValue((profile, isReliever), out var neglected))
                {
                    var area = isReliever ? profile.Pains : profile.Gains;
                    neglected = area.FirstOrDefault(e => e.Level is < Lowest
                        && !model.AddressersOf(e).Any(a => a.Area == entry.Area));
                    firstNeglected[(profile, isReliever)] = neglected;
                }

                if (neglected is null)
                {
                    continue;
                }

                var word = isReliever ? "lowest-severity pains" : "nice-to-have gains";
                context.Report(Anchors.Head(entry),
                    $"{entry.Label} addresses only {word} ({string.Join(", ", targets.Select(t => $"`{t.Id}`"))}) while {neglected.Label} ({neglected.LevelAttribute?.Keyword.Text} {neglected.LevelAttribute?.Value?.Text}) has no answer: spend the effort on the higher-ranked one",
                    related: [context.Related(neglected.Location, $"{neglected.Label} is ranked higher and left unaddressed")]);
            }
        }
    }
}
