namespace CanvasLang.EditorServices.Completion;

/// <summary>
/// Which proposals the word typed so far keeps, and which ones a capped list sends. Matching follows
/// VS Code's suggest widget closely enough never to drop an item it would show: a case-insensitive
/// prefix of the label, or pieces of the typed word each opening a later part of the label (parts
/// split at `_`, `-` and camelCase: `rep`, `fR`, `fare` → `fast_repair`), or of the entry's text words.
/// </summary>
internal static class CompletionFilter
{
    public const int LabelPrefix = 0;
    public const int LabelParts = 1;
    public const int TextWords = 2;

    /// <summary>How well <paramref name="typed"/> matches (lower is better), or null when it does not.</summary>
    public static int? Score(string typed, string label, string? words)
    {
        if (typed.Length == 0 || label.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
        {
            return LabelPrefix;
        }

        var pattern = typed.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (pattern.Length == 0)
        {
            return null;
        }

        return MatchesParts(pattern, label) ? LabelParts
            : words is not null && MatchesParts(pattern, words) ? TextWords
            : null;
    }

    /// <summary>
    /// Keeps the matches; beyond <paramref name="max"/>, the best <paramref name="max"/> by match
    /// score, then rank (sort text), then given order, and says the list is incomplete.
    /// </summary>
    public static CompletionResult Keep(IEnumerable<CompletionItem> items, string typed, int max)
    {
        var kept = Keep(items, i => Score(typed, i.Label, i.FilterWords), (a, b) => string.CompareOrdinal(a.SortText ?? a.Label, b.SortText ?? b.Label), max, out var capped);
        return new CompletionResult([.. kept], capped);
    }

    public static List<T> Keep<T>(IEnumerable<T> candidates, Func<T, int?> score, Comparison<T> rank, int max, out bool capped)
    {
        var kept = new List<(T Item, int Score, int Index)>();
        foreach (var candidate in candidates)
        {
            if (score(candidate) is { } s)
            {
                kept.Add((candidate, s, kept.Count));
            }
        }

        capped = kept.Count > max;
        if (capped)
        {
            kept.Sort((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score)
                : rank(a.Item, b.Item) is var byRank and not 0 ? byRank
                : a.Index.CompareTo(b.Index));
            kept.RemoveRange(max, kept.Count - max);
        }

        return kept.ConvertAll(k => k.Item);
    }

    /// <summary>
    /// True when the pattern splits into pieces that open successive parts of the text, in order.
    /// For each pattern position, the earliest text position it can be reached at (earlier leaves
    /// more parts to match): linear in pattern × text, never exponential on repetitive texts.
    /// </summary>
    private static bool MatchesParts(string pattern, string text)
    {
        var reach = new int[pattern.Length + 1];
        Array.Fill(reach, int.MaxValue);
        reach[0] = 0;
        for (var from = 0; from < pattern.Length; from++)
        {
            if (reach[from] == int.MaxValue)
            {
                continue;
            }

            var longest = 0;
            for (var part = NextPart(text, reach[from]); part < text.Length && longest < pattern.Length - from; part = NextPart(text, part + 1))
            {
                var common = Common(pattern, from, text, part);
                for (var length = longest + 1; length <= common; length++)
                {
                    reach[from + length] = Math.Min(reach[from + length], part + length);
                }

                longest = Math.Max(longest, common);
            }
        }

        return reach[pattern.Length] != int.MaxValue;
    }

    /// <summary>How many characters of the pattern from <paramref name="from"/> open the part at <paramref name="part"/>, ignoring case.</summary>
    private static int Common(string pattern, int from, string text, int part)
    {
        var n = 0;
        while (from + n < pattern.Length && part + n < text.Length
            && (n == 0 || !IsPartStart(text, part + n))
            && char.IsLetterOrDigit(text[part + n])
            && char.ToLowerInvariant(text[part + n]) == char.ToLowerInvariant(pattern[from + n]))
        {
            n++;
        }

        return n;
    }

    private static int NextPart(string text, int i)
    {
        while (i < text.Length && !IsPartStart(text, i))
        {
            i++;
        }

        return i;
    }

    private static bool IsPartStart(string text, int i)
    {
        var c = text[i];
        if (!char.IsLetterOrDigit(c))
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        var previous = text[i - 1];
        return !char.IsLetterOrDigit(previous) || (char.IsUpper(c) && char.IsLower(previous));
    }
}
