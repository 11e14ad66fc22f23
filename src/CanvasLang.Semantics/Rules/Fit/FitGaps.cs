using CanvasLang.Semantics.Model;

namespace CanvasLang.Semantics.Rules;

/// <summary>What CV301–CV303 share: profile entries ranked at or above a level that nothing of the value map addresses.</summary>
internal static class FitGaps
{
    public static void Report(RuleContext context, CanvasArea area, CanvasArea answeredBy, int maxLevel, Func<Entry, string> message)
    {
        var model = context.Model;
        foreach (var profile in model.OwnProfiles)
        {
            // Without a value map there is no fit to check; CV304 says so once instead of once per entry.
            if (model.ValueMapOf(profile.SegmentName) is null)
            {
                continue;
            }

            foreach (var entry in profile.Entries)
            {
                if (entry.Area == area && entry.Level is { } level && level <= maxLevel
                    && !model.AddressersOf(entry).Any(a => a.Area == answeredBy))
                {
                    context.Report(Anchors.Head(entry), message(entry));
                }
            }
        }
    }

    /// <summary>The level as written: "severity extreme".</summary>
    public static string LevelWords(Entry entry) =>
        entry.LevelAttribute is { } a ? $"`{a.Keyword.Text} {a.Value?.Text}`" : $"level {entry.Level}";
}
