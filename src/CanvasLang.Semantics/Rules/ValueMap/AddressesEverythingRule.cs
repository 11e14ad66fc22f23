using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV201: the value map answers every pain and every gain, a sign that nothing was chosen.</summary>
public sealed class AddressesEverythingRule : CanvasRule
{
    public const string MinEntries = "minEntries";

    public override RuleDescriptor Descriptor { get; } = new("CV201", "addresses-everything", DiagnosticSeverity.Warning,
        "The value map relieves every pain and creates every gain of the profile: focus on the ones that matter most.")
    {
        Options = [new RuleOption(MinEntries, RuleOptionType.Integer, 4, "The rule looks only at profiles with at least this many pains and gains together.")],
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        var minimum = context.Settings.Int(MinEntries);
        foreach (var map in model.OwnValueMaps)
        {
            if (model.ProfileOf(map.SegmentName) is not { } profile)
            {
                continue;
            }

            var pains = profile.Pains.ToList();
            var gains = profile.Gains.ToList();
            // Both halves must be present: a profile of gains only says nothing about choosing among pains.
            if (pains.Count == 0 || gains.Count == 0 || pains.Count + gains.Count < minimum)
            {
                continue;
            }

            var allRelieved = pains.All(p => model.AddressersOf(p).Any(a => a.Area == CanvasArea.PainRelievers));
            var allCreated = gains.All(g => model.AddressersOf(g).Any(a => a.Area == CanvasArea.GainCreators));
            if (allRelieved && allCreated)
            {
                context.Report(Anchors.Header(map.Syntax),
                    $"the value map of `{map.SegmentName}` relieves all {pains.Count} pains and creates all {gains.Count} gains: keep the relievers and creators for the pains and gains that matter most and drop the rest");
            }
        }
    }
}
