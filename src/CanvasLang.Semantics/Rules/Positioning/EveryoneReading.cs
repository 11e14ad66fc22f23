using System.Collections.Frozen;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV641's reading of a segment: whether it is described as everyone (Lexicons/&lt;code&gt;/everyone.txt).
/// A description is everyone when it opens with a universal phrase ("everyone", "anyone", "all
/// customers", "the general public", "people of all ages"; before it only function words and words for
/// people in general) and narrows it by at most two content words after it ("Anyone who eats", "All
/// people with a phone"); a bare word for people in general ("Customers", "People who cook") by at most
/// one. "Anyone who commutes from Leiden to The Hague before 8" is narrowed enough to be a segment. A
/// segment with no description is read by its name ("everyone", "all_customers") in English.
/// </summary>
internal static class EveryoneReading
{
    private const string LexiconName = "everyone";

    private static readonly FrozenSet<string> Sections = new[] { "universal", "broad" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<NaturalLanguage, Lazy<CueLexicon>> Lexicons =
        NaturalLanguages.Read.ToFrozenDictionary(l => l, l => new Lazy<CueLexicon>(() => CueLexicon.Load(l, LexiconName, Sections)));

    /// <summary>How many content words may narrow a universal phrase, and a bare word for people.</summary>
    private const int UniversalNarrowing = 2;

    private const int BroadNarrowing = 1;

    /// <summary>The words that describe the segment as everyone, quoted, or null.</summary>
    public static string? Describes(SemanticModel model, Segment segment, ReadingMemo<bool> memo)
    {
        if (!string.IsNullOrWhiteSpace(segment.Description))
        {
            var languages = FileLanguage.Candidates(model, segment.Description, anyWhenUndecided: true);
            var reading = model.Readings.Of(segment.Description);
            return languages.Count > 0 && reading.Remember(memo, FileLanguage.Key(languages), (r, _) => languages.Any(l => IsUniversal(Lexicons[l].Value, r)))
                ? reading.Quoted : null;
        }

        // No description: the name is all there is ("everyone", "all_customers", "generalPublic").
        var name = string.Join(' ', SplitName(segment.Name));
        return name.Length > 0 && IsUniversal(Lexicons[NaturalLanguage.English].Value, model.Readings.Of(name)) ? $"`{segment.Name}`" : null;
    }

    /// <summary>Whether a text describes everyone: a universal phrase at its head, narrowed by little.</summary>
    internal static bool IsUniversal(CueLexicon lexicon, TextReading reading)
    {
        var text = lexicon.Read(reading.Words);
        var people = lexicon.Class("people");
        var filler = lexicon.Class("filler");
        foreach (var pattern in lexicon.Patterns)
        {
            foreach (var (first, last) in pattern.Matches(text))
            {
                if (Head(lexicon.Kit, reading, text, people, first)
                    && Narrowing(lexicon.Kit, reading, text, people, filler, last) <= (pattern.Section == "universal" ? UniversalNarrowing : BroadNarrowing))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Before the phrase: nothing but function words and words for people ("All our customers", "Consumers of all ages").
    private static bool Head(LanguageKit kit, TextReading reading, CueText text, WordTest people, int first)
    {
        for (var i = 0; i < first; i++)
        {
            if (kit.IsContent(reading.Words[i]) && !people.Matches(text, i))
            {
                return false;
            }
        }

        return true;
    }

    // After the phrase: the content words that narrow it ("who eats": one; "who commute from Leiden before 8": four).
    private static int Narrowing(LanguageKit kit, TextReading reading, CueText text, WordTest people, WordTest filler, int last)
    {
        var count = 0;
        for (var i = last + 1; i < reading.Words.Length; i++)
        {
            if (kit.IsContent(reading.Words[i]) && !people.Matches(text, i) && !filler.Matches(text, i))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The words of an identifier: "all_customers" and "allCustomers" are "all customers".</summary>
    private static IEnumerable<string> SplitName(string name)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (c is '_' or '-' || (char.IsUpper(c) && word.Length > 0))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                if (c is '_' or '-')
                {
                    continue;
                }
            }

            word.Append(char.ToLowerInvariant(c));
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
