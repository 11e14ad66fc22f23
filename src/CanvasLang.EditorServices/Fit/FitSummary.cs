using CanvasLang.Semantics.Model;

namespace CanvasLang.EditorServices.Fit;

/// <summary>How well a segment's value map answers its profile: what matters most (rank 1 pains and gains, rank 1–2 jobs) and how much of it is addressed.</summary>
public sealed record FitSummary(string Segment, bool HasProfile, bool HasValueMap, FitCount SeverePains, FitCount EssentialGains, FitCount ImportantJobs)
{
    /// <summary>The stage the team claims (`fit segment { stage … }`), or null.</summary>
    public string? Stage { get; init; }

    /// <summary>The tests, learnings and interviews the claimed stage rests on.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>"claims product–market fit on preorder_demand, preorder_result", or null when no stage is claimed.</summary>
    public string? StageText => Stage is null ? null
        : $"claims {FitStage.Spoken(Stage)}{(Evidence.Count > 0 ? " on " + string.Join(", ", Evidence) : " on no named evidence")}";

    /// <summary>"relieves 2 of 3 severe pains · creates 1 of 2 essential gains · serves 3 of 4 important jobs".</summary>
    public string Text
    {
        get
        {
            var stage = StageText is { } claimed ? claimed + " · " : string.Empty;
            if (!HasProfile || !HasValueMap)
            {
                return stage + (HasProfile ? "no value map yet: fit cannot be checked" : "no profile yet: fit cannot be checked");
            }

            return stage + string.Join(" · ",
                $"relieves {SeverePains.Addressed} of {SeverePains.Total} severe {Plural("pain", SeverePains.Total)}",
                $"creates {EssentialGains.Addressed} of {EssentialGains.Total} essential {Plural("gain", EssentialGains.Total)}",
                $"serves {ImportantJobs.Addressed} of {ImportantJobs.Total} important {Plural("job", ImportantJobs.Total)}");
        }
    }

    public static FitSummary Of(SemanticModel model, string segment)
    {
        var profile = model.ProfileOf(segment);
        var valueMap = model.ValueMapOf(segment);
        var entries = profile?.Entries ?? [];
        var fit = model.FitStages.GetValueOrDefault(segment);
        return new FitSummary(
            segment,
            profile is not null,
            valueMap is not null,
            Count(model, entries, CanvasArea.Pains, CanvasArea.PainRelievers, 1),
            Count(model, entries, CanvasArea.Gains, CanvasArea.GainCreators, 1),
            Count(model, entries, CanvasArea.Jobs, CanvasArea.ProductsAndServices, 2))
        {
            Stage = fit?.Stage,
            Evidence = fit is null ? [] : [.. fit.BasedOn.Select(n => n.Text)],
        };
    }

    private static FitCount Count(SemanticModel model, IEnumerable<Entry> entries, CanvasArea area, CanvasArea answeredBy, int maxLevel)
    {
        var matter = entries.Where(e => e.Area == area && e.Level is { } level && level <= maxLevel).ToList();
        return new FitCount(matter.Count(e => model.AddressersOf(e).Any(a => a.Area == answeredBy)), matter.Count);
    }

    private static string Plural(string word, int count) => count == 1 ? word : word + "s";
}

public readonly record struct FitCount(int Addressed, int Total);
