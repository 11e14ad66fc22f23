using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// CV104's reading of profile entries that describe the offering instead of the customer, in any read
/// language, from the words of Lexicons/&lt;code&gt;/product-side.txt:
/// <list type="bullet">
/// <item>a gain whose opening noun phrase is headed by a part of a software or service offering
/// ("Reporting dashboard for …", "Plattform für …"): a solution, not an outcome for the customer;</item>
/// <item>a gain about using such a part ("Easy use of the app");</item>
/// <item>a pain that only speculates what might go wrong with the offering, its parts or its users
/// ("The app might crash", "Users may not find …"): the team's risk, not the customer's experience.</item>
/// </list>
/// </summary>
internal static class ProductSide
{
    // Languages whose noun phrases end in their head (English, German, Dutch); Romance ones open with it.
    private static bool HeadLast(NaturalLanguage language) => language is NaturalLanguage.English or NaturalLanguage.German or NaturalLanguage.Dutch;

    /// <summary>Why the entry is written from the product's side, or null.</summary>
    /// <param name="offered">Content stems of everything the segment's value map says (English stems).</param>
    public static string? Check(EntryReading entry, IReadOnlySet<string> offered, ValueMap? map)
    {
        if (!entry.Language.IsRead())
        {
            return null;
        }

        var kit = LanguageKit.For(entry.Language);
        var lexicon = kit.Lexicon("product-side");
        return entry.Entry.Area switch
        {
            CanvasArea.Gains => FeatureGain(entry, kit, lexicon),
            CanvasArea.Pains => ProductRisk(entry, kit, lexicon, offered) ?? AbsentPart(entry, kit, lexicon),
            _ => UsingTheOffering(entry, kit, lexicon, map),
        };
    }

    private static string? FeatureGain(EntryReading entry, LanguageKit kit, LexiconSet lexicon)
    {
        var words = entry.Words;
        var (start, end) = OpeningPhrase(entry.Reading, kit);
        if (end <= start)
        {
            return null;
        }

        var head = HeadLast(kit.Language) ? end - 1 : start;
        var system = lexicon.Section("system");
        if (IsSystemNoun(kit, system, words[head].Text))
        {
            return $"describes a part of the offering ('{Phrase(words, start, end)}') rather than what the customer gains";
        }

        // "Easy use of the app", "Simple navigation with the interface": using the offering is not a gain.
        if (lexicon.Section("usage").Contains(kit.Stem(words[head].Text)))
        {
            for (var i = end; i < words.Length && i <= end + 4; i++)
            {
                if (words[i].Kind == WordKind.Word && IsSystemNoun(kit, system, words[i].Text))
                {
                    return $"is about using the offering ('{Phrase(words, start, i + 1)}') rather than what the customer gains";
                }
            }
        }

        return null;
    }

    private static string? ProductRisk(EntryReading entry, LanguageKit kit, LexiconSet lexicon, IReadOnlySet<string> offered)
    {
        var words = entry.Words;
        var modals = lexicon.Section("modal");
        var modal = -1;
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].Kind == WordKind.Word && modals.Contains(kit.Stem(words[i].Text)))
            {
                modal = i;
                break;
            }
        }

        if (modal < 0)
        {
            return null;
        }

        // "I might miss the train" is the customer's worry; a subject of the product's side is the team's.
        var system = lexicon.Section("system");
        var users = lexicon.Section("user");
        // In "There might not be enough X" the subject follows the verb.
        var subjectEnd = entry.IsEnglish && words[0].Text == "there" ? words.Length : modal;
        string? evidence = null;
        for (var i = 0; i < words.Length && evidence is null; i++)
        {
            var w = words[i];
            if (w.Kind != WordKind.Word || !kit.IsContent(w))
            {
                continue;
            }

            var stem = kit.Stem(w.Text);
            if (users.Contains(stem) || IsSystemNoun(kit, system, w.Text))
            {
                evidence = w.Original;
            }
            else if (i < subjectEnd && i != modal && entry.IsEnglish && offered.Contains(TextSimilarity.NormalizedStem(w)) && !Lexicon.CustomerNouns.Contains(w.Text))
            {
                // The subject is something the value map offers ("The summaries might …").
                evidence = w.Original;
            }
        }

        return evidence is null
            ? null
            : $"speculates what might go wrong with the offering ('{words[modal].Original}' … '{evidence}'): a risk of the product, not a pain the customer has today";
    }

    // "No booking app", "Keine App", "Sin plataforma": the solution's absence stated as a pain.
    private static string? AbsentPart(EntryReading entry, LanguageKit kit, LexiconSet lexicon)
    {
        var words = entry.Words;
        var absence = lexicon.Section("absence");
        var system = lexicon.Section("system");
        for (var i = 0; i < words.Length; i++)
        {
            var stem = kit.Stem(words[i].Text);
            var width = absence.Contains(stem) ? 1
                : i + 1 < words.Length && absence.Contains(stem + " " + kit.Stem(words[i + 1].Text)) ? 2 : 0;
            if (width == 0)
            {
                continue;
            }

            for (var j = i + width; j < words.Length && j < i + width + 3 && !words[j - 1].EndsClause; j++)
            {
                if (words[j].Kind == WordKind.Word && IsSystemNoun(kit, system, words[j].Text))
                {
                    return $"states the absence of a solution ('{Phrase(words, i, j + 1)}') as a pain";
                }
            }
        }

        return null;
    }

    // "Navigate the dashboard", "Die App öffnen": using a part of what the value map offers is not the customer's own job.
    private static string? UsingTheOffering(EntryReading entry, LanguageKit kit, LexiconSet lexicon, ValueMap? map)
    {
        var words = entry.Words;
        if (map is null || words.Length < 2)
        {
            return null;
        }

        var verbAt = kit.Language is NaturalLanguage.German or NaturalLanguage.Dutch ? words.Length - 1 : 0;
        if (!lexicon.Section("use").Contains(kit.Stem(words[verbAt].Text)))
        {
            return null;
        }

        var system = lexicon.Section("system");
        for (var i = 0; i < words.Length; i++)
        {
            if (i == verbAt || Math.Abs(i - verbAt) > 4 || words[i].Kind != WordKind.Word || !IsSystemNoun(kit, system, words[i].Text))
            {
                continue;
            }

            // Only a part of this value map's offering: using a competitor's app is the customer's world.
            var part = words[i].Text;
            var offered = map.Entries.FirstOrDefault(e => e.Reading.Words.Any(w => w.Text == part));
            if (offered is not null)
            {
                return $"is about using the offering ('{words[verbAt].Original}' … '{words[i].Original}', which {offered.Label} offers)";
            }
        }

        return null;
    }

    /// <summary>A system noun, or (German, Dutch) a compound ending in one ("Buchungssystem").</summary>
    private static bool IsSystemNoun(LanguageKit kit, IReadOnlySet<string> system, string word)
    {
        var stem = kit.Stem(word);
        if (system.Contains(stem))
        {
            return true;
        }

        if (kit.Language is NaturalLanguage.German or NaturalLanguage.Dutch && word.Length > 6)
        {
            foreach (var s in system)
            {
                if (s.Length >= 4 && !s.Contains(' ') && stem.EndsWith(s, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The noun phrase an entry opens with: after leading function words, up to the first function
    /// word (a preposition, relative pronoun or conjunction), clause break or strong punctuation
    /// (':', '—', '(') — "Multi-agent pipeline" in "Multi-agent pipeline that separates …".
    /// Empty when the entry opens with a number.
    /// </summary>
    private static (int Start, int End) OpeningPhrase(TextReading reading, LanguageKit kit)
    {
        var words = reading.Words;
        var start = 0;
        while (start < words.Length && words[start].Kind == WordKind.Word && !kit.IsContent(words[start]))
        {
            start++;
        }

        var end = start;
        while (end < words.Length && words[end].Kind == WordKind.Word && kit.IsContent(words[end]))
        {
            end++;
            if (words[end - 1].EndsClause || (end < words.Length && StrongBreak(reading.Text, words[end - 1], words[end])))
            {
                break;
            }
        }

        return (start, end);
    }

    private static bool StrongBreak(string text, Word previous, Word next)
    {
        var gap = text.AsSpan(previous.Start + previous.Length, next.Start - previous.Start - previous.Length);
        return gap.IndexOfAny(":—–→(;") >= 0 || gap.Contains(" - ", StringComparison.Ordinal);
    }

    private static string Phrase(IReadOnlyList<Word> words, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(i => words[i].Original));
}
