using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// Which words of some short texts (a map's pains, a positioning's need) a group of a profile's entries
/// also uses, found in one pass over the entries: asking each text against each entry would cost
/// texts × entries comparisons on a profile of thousands of entries, on every keystroke.
/// </summary>
internal static class ProfileVocabulary
{
    /// <summary>The stems of <paramref name="texts"/> that some entry of <paramref name="entries"/> has too, read in <paramref name="language"/>.</summary>
    public static HashSet<string> Shared(IEnumerable<Entry> entries, NaturalLanguage language, IEnumerable<StemSet> texts)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            wanted.UnionWith(text.Stems);
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        foreach (var entry in entries)
        {
            foreach (var stem in entry.Reading.StemSetIn(language).Stems)
            {
                if (wanted.Contains(stem))
                {
                    found.Add(stem);
                }
            }

            if (found.Count == wanted.Count)
            {
                break;
            }
        }

        return found;
    }
}
