namespace CanvasLang.Syntax.Parsing;

/// <summary>The level words each attribute accepts, strongest first (LANGUAGE.md's rank table).</summary>
public static class LevelWords
{
    public static readonly string[] Importance = [.. LanguageTable.Attribute("importance")!.Words];
    public static readonly string[] Severity = [.. LanguageTable.Attribute("severity")!.Words];
    public static readonly string[] Relevance = [.. LanguageTable.Attribute("relevance")!.Words];

    /// <summary>Every level word, as the grammar's <c>level</c> rule lists them: any is read after any level attribute.</summary>
    public static readonly string[] All = [.. Importance.Concat(Severity).Concat(Relevance).Distinct(StringComparer.Ordinal)];

    public static string[] For(string attribute) => attribute switch
    {
        "importance" => Importance,
        "severity" => Severity,
        _ => Relevance,
    };

    /// <summary>Rank 1 (strongest) to 4 of any level word, whichever attribute it was written for.</summary>
    public static int? RankOf(string word) => LanguageTable.LevelRanks.TryGetValue(word, out var rank) ? rank : null;

    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = EditDistance.Compute(word.ToLowerInvariant(), candidate);
            if (d < bestDistance)
            {
                (best, bestDistance) = (candidate, d);
            }
        }

        return bestDistance <= Math.Max(1, word.Length / 3) ? best : null;
    }
}
