using System.Collections.Frozen;

namespace CanvasLang.Semantics.Language;

/// <summary>
/// Light English morphology for comparing words, not for display: plural → singular, and a stem
/// that maps inflected forms of one word to the same key ("repairs", "repaired", "repairing" →
/// "repair"; "substituted", "substitutions" → "substitut"). Stems need only be consistent.
/// </summary>
public static class Morphology
{
    private static readonly FrozenDictionary<string, string> Irregular = WordLists.Lines("irregular-forms")
        .Select(l => l.Split('|', 2, StringSplitOptions.TrimEntries))
        .Where(p => p.Length == 2)
        .ToFrozenDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>The base of an irregular form ("children" → "child", "better" → "good"), or null.</summary>
    public static string? IrregularBase(string word) => Irregular.GetValueOrDefault(word);

    /// <summary>Plural noun → singular ("queues" → "queue", "parties" → "party", "children" → "child").</summary>
    public static string Singular(string word)
    {
        if (word is "children" or "people" or "men" or "women" or "feet" or "teeth" or "mice")
        {
            return Irregular[word];
        }

        if (word.Length <= 3 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal)
            || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("zes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word[..^1];
    }

    /// <summary>True for an -ing form long enough to be a gerund or participle ("waiting", not "ring").</summary>
    public static bool IsGerund(string word) => word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// The base adjective of a comparative or superlative ("faster" → "fast", "easier" → "easy",
    /// "better" → "good", "more"/"less"/"fewer" themselves), or null when the word is not one.
    /// Needs <paramref name="isKnownBase"/> to tell "faster" from "water".
    /// </summary>
    public static string? ComparativeBase(string word, Func<string, bool> isKnownBase)
    {
        if (word is "more" or "less" or "fewer")
        {
            return word;
        }

        if (word is "better" or "best" or "worse" or "worst")
        {
            return Irregular[word];
        }

        foreach (var suffix in (ReadOnlySpan<string>)["est", "er"])
        {
            if (word.Length <= suffix.Length + 2 || !word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^suffix.Length];
            foreach (var candidate in Candidates(stem))
            {
                if (isKnownBase(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>A comparison key: lower-case, inflection and common derivations removed.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[0]))
        {
            return word;
        }

        if (Irregular.TryGetValue(word, out var irregular))
        {
            word = irregular;
        }

        var w = Singular(word);
        w = StripSuffix(w, "ations", 4) ?? StripSuffix(w, "ation", 4) ?? StripSuffix(w, "ions", 4, "ts") ?? StripSuffix(w, "ion", 4, "ts")
            ?? StripSuffix(w, "ingly", 3) ?? StripSuffix(w, "edly", 3) ?? StripSuffix(w, "ing", 3) ?? StripSuffix(w, "ied", 3, null, "y")
            ?? StripSuffix(w, "ed", 3) ?? StripSuffix(w, "ily", 3, null, "y") ?? StripSuffix(w, "ly", 4) ?? StripSuffix(w, "ier", 3, null, "y")
            ?? StripSuffix(w, "iest", 3, null, "y") ?? StripSuffix(w, "est", 4) ?? StripSuffix(w, "er", 4) ?? StripSuffix(w, "ment", 4) ?? w;

        // "making"/"make" → "mak"; "fitted"/"fit" → "fit": drop a final e and undouble a consonant.
        if (w.Length > 3 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        if (w.Length > 3 && w[^1] == w[^2] && !IsVowel(w[^1]) && w[^1] is not 'l' and not 's' and not 'z')
        {
            w = w[..^1];
        }

        return w.Length > 0 && w[^1] == 'y' && w.Length > 3 ? w[..^1] + "i" : w;
    }

    private static string? StripSuffix(string word, string suffix, int minStem, string? requiredBefore = null, string replacement = "")
    {
        if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < minStem)
        {
            return null;
        }

        var stem = word[..^suffix.Length];
        if (requiredBefore is not null && !requiredBefore.Contains(stem[^1], StringComparison.Ordinal))
        {
            return null;
        }

        return stem + replacement;
    }

    private static IEnumerable<string> Candidates(string stem)
    {
        yield return stem;
        if (stem.EndsWith('i'))
        {
            yield return stem[..^1] + "y";
        }

        yield return stem + "e";
        if (stem.Length > 2 && stem[^1] == stem[^2])
        {
            yield return stem[..^1];
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
