using System.Collections.Frozen;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV642's reading of a positioning's `benefit` (Lexicons/&lt;code&gt;/benefit.txt): whether it lists what
/// the offer has instead of what the customer gains. The words that introduce a list ("offers",
/// "includes", "with") are set aside; what remains is cut into items at commas, "&amp;", "+" and the
/// words for "and", "or". In English each item is read as CV204 reads a feature's name
/// (<see cref="FeatureName"/>: a thing or a capability, no verb, no number, no outcome); two or more
/// such items, or one feature's name of two to five words headed by a part of an offering ("a mobile
/// app with a dashboard"), make a feature list. In the other read
/// languages, two or more short items (at most four content words, no number) with no word of outcome
/// or clause, at least one naming a part of an offering; one item alone is read as CV204 reads a
/// feature's name in that language (<see cref="FeatureNameInLanguage"/>).
/// </summary>
internal static class BenefitReading
{
    private const string LexiconName = "benefit";

    private const int MaxItemWords = 4;

    private static readonly FrozenDictionary<NaturalLanguage, Lazy<CueLexicon>> Lexicons =
        NaturalLanguages.Read.ToFrozenDictionary(l => l, l => new Lazy<CueLexicon>(() => CueLexicon.Load(l, LexiconName, FrozenSet<string>.Empty)));

    /// <summary>Whether the benefit is a list of features (or one feature's name), in a read language.</summary>
    public static bool IsFeatureList(NaturalLanguage language, TextReading reading)
    {
        if (reading.Words.IsEmpty || HasClausePunctuation(reading.Text) || Lexicon.OutcomePhrases.Any(p => reading.Text.Contains(p, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var lexicon = Lexicons[language].Value;
        var text = lexicon.Read(reading.Words);
        var (items, introduced) = Items(lexicon, reading, text);
        if (items.Count == 0)
        {
            return false;
        }

        return language == NaturalLanguage.English ? English(reading, items) : InLanguage(lexicon, reading, text, items, introduced);
    }

    private static bool English(TextReading reading, List<List<int>> items)
    {
        var words = items.Select(item => item.Select(i => reading.Words[i]).ToList()).ToList();
        if (words.Count == 1)
        {
            // One phrase alone is a feature only when it names a part of an offering: "a tidy home" and
            // "a dry ride to daycare" are noun phrases too, and outcomes.
            return (FeatureName.Read(words[0]) == NounPhraseKind.Feature && FeatureName.HasOfferingHead(words[0])) || MixedValueMapRule.IsOfferingName(words[0]);
        }

        return words.Select((item, i) => FeatureName.ReadItem(item, first: i == 0) is NounPhraseKind.Feature or NounPhraseKind.Label || IsCapability(item)).All(ok => ok);
    }

    /// <summary>
    /// A capability's name, a noun and a gerund used as a noun ("route planning", "invoicing"); not an
    /// action ("tracking your runs", a gerund first with an object) and not an outcome ("saving").
    /// </summary>
    private static bool IsCapability(List<Word> item)
    {
        // A function word inside a hyphen compound ("one-tap", "built-in") is part of a modifier.
        bool InCompound(int i) => item[i].Joined || (i + 1 < item.Count && item[i + 1].Joined);
        if (item.Count is 0 || item.Count(w => !w.Joined) > 3 || !Morphology.IsGerund(item[^1].Text)
            || item.Where((w, i) => w.Kind != WordKind.Word || (Lexicon.Stop.Contains(w.Text) && !InCompound(i))).Any())
        {
            return false;
        }

        if (item.Count == 1)
        {
            var stem = Morphology.Stem(item[0].Text);
            return !Lexicon.OutcomeVerbs.Any(v => Morphology.Stem(v) == stem);
        }

        var first = item[0].Text;
        return !Morphology.IsGerund(first) && !Lexicon.TaskVerbs.Contains(first) && !Lexicon.OutcomeVerbs.Contains(first);
    }

    private static bool InLanguage(CueLexicon lexicon, TextReading reading, CueText text, List<List<int>> items, bool introduced)
    {
        var kit = lexicon.Kit;
        var outcome = lexicon.Class("outcome");
        var clause = lexicon.Class("clause");
        for (var i = 0; i < reading.Words.Length; i++)
        {
            if (outcome.Matches(text, i) || clause.Matches(text, i))
            {
                return false;
            }
        }

        if (items.Count == 1)
        {
            // One item: CV204's reading of a feature's name, on the text as written.
            return !introduced && FeatureNameInLanguage.IsFeatureName(kit, reading);
        }

        var feature = lexicon.Class("feature");
        var system = kit.Lexicon("product-side").Section("system");
        var named = false;
        foreach (var item in items)
        {
            var content = item.Where(i => kit.IsContent(reading.Words[i])).ToList();
            if (content.Count is 0 or > MaxItemWords || item.Any(i => reading.Words[i].IsNumeric))
            {
                return false;
            }

            named |= content.Any(i => feature.Matches(text, i) || Profile.ProductSide.IsSystemNoun(kit, system, text.Stem(i), reading.Words[i].Text));
        }

        return named;
    }

    /// <summary>The items of the list as word indices, after the words that introduce it; and whether any did.</summary>
    private static (List<List<int>> Items, bool Introduced) Items(CueLexicon lexicon, TextReading reading, CueText text)
    {
        var opener = lexicon.Class("opener");
        var and = lexicon.Class("and");
        var words = reading.Words;
        var start = 0;
        while (start < words.Length && opener.Matches(text, start))
        {
            start++;
        }

        var items = new List<List<int>>();
        var current = new List<int>();
        for (var i = start; i < words.Length; i++)
        {
            if (and.Matches(text, i))
            {
                Close();
                continue;
            }

            current.Add(i);
            var end = words[i].Start + words[i].Length;
            var next = i + 1 < words.Length ? words[i + 1].Start : reading.Text.Length;
            if (reading.Text.AsSpan(end, next - end).IndexOfAny(",&+") >= 0)
            {
                Close();
            }
        }

        Close();
        return (items, start > 0);

        void Close()
        {
            if (current.Count > 0)
            {
                items.Add(current);
                current = [];
            }
        }
    }

    private static bool HasClausePunctuation(string text)
    {
        var trimmed = text.AsSpan().Trim().TrimEnd('.');
        return trimmed.IndexOfAny(":;→=()[]!?\"—–.") >= 0 || trimmed.Contains("->", StringComparison.Ordinal) || trimmed.Contains(" - ", StringComparison.Ordinal);
    }
}
