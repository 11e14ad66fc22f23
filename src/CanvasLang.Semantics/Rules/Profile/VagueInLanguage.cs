using System.Collections.Frozen;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// CV101's reading of an entry in a read language other than English: the same two signs as in
/// English (too few words; vague words making up a good share of the content with nothing concrete
/// beside them), with the language's own function words, Snowball stems and lexicons
/// (Lexicons/&lt;code&gt;/vague.txt, context.txt). What makes an entry concrete is read the same way in
/// every language: a number, a time or period, a situation clause, or a name.
/// </summary>
internal static class VagueInLanguage
{
    /// <summary>The vague stems of a language with the user's extra words, less the accepted ones (both stemmed in that language).</summary>
    public static FrozenSet<string> VagueStems(LanguageKit kit, IReadOnlyList<string> extra, IReadOnlyList<string> accepted)
    {
        var removed = accepted.Select(w => kit.Stem(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
        return kit.Lexicon("vague").Stems.Concat(extra.Select(w => kit.Stem(w.ToLowerInvariant())))
            .Where(s => !removed.Contains(s)).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The problem with an entry, or null when it is concrete enough.</summary>
    public static string? Check(LanguageKit kit, TextReading entry, int minWords, FrozenSet<string> vague, double share, double shareLong, int longWords)
    {
        var words = entry.Words;
        var concrete = Assess(kit, words);
        var (length, tagsLeftOut) = Asides.DescriptiveLength(entry.Text, words, kit.IsContent);
        if (length < minWords && !concrete.HasMeasure)
        {
            return $"{entry.Quoted} is too short to be concrete ({VagueEntryRule.Describe(length, tagsLeftOut)}): say what exactly, when, or how much";
        }

        var hits = new List<string>();
        var content = 0;
        foreach (var w in words)
        {
            if (!kit.IsContent(w))
            {
                continue;
            }

            content++;
            if (w.Kind == WordKind.Word && vague.Contains(kit.Stem(w.Text)) && !hits.Contains(w.Original))
            {
                hits.Add(w.Original);
            }
        }

        var ratio = content == 0 ? 0 : (double)hits.Count / content;
        if (hits.Count == 0 || ratio < (words.Length >= longWords ? shareLong : share) || concrete.IsConcrete)
        {
            return null;
        }

        var listed = string.Join(", ", hits.Select(h => $"'{h}'"));
        return $"{entry.Quoted} leans on {listed} with nothing concrete beside it: {concrete.Missing}";
    }

    /// <summary>Numbers, times and periods, situation clauses and names, found with the language's context lexicon.</summary>
    internal static ConcretenessReport Assess(LanguageKit kit, IReadOnlyList<Word> words)
    {
        var context = kit.Lexicon("context");
        var times = context.Section("time");
        var openers = context.Section("when");
        bool number = false, time = false, situation = false, name = false;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.IsNumeric)
            {
                number = true;
                time |= w.Kind == WordKind.Time;
                continue;
            }

            var stem = kit.Stem(w.Text);
            time |= times.Contains(stem);

            // A clause opener inside the entry with words after it: "… cuando el pedido llega tarde".
            situation |= i > 0 && i + 2 < words.Count && openers.Contains(stem);

            // As in English: CamelCase, or a capitalised word inside a sentence (not in German, which
            // capitalises every noun). Acronyms (ROI, SEO) are mostly jargon, not a named thing.
            name |= i > 0 && !words[i - 1].EndsClause && Concreteness.IsName(w, words[i - 1], kit.Language == NaturalLanguage.German);
        }

        return new ConcretenessReport(number, false, time, false, situation, name);
    }
}
