using System.Collections.Frozen;
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
    internal static bool HeadLast(NaturalLanguage language) => language is NaturalLanguage.English or NaturalLanguage.German or NaturalLanguage.Dutch;

    /// <summary>What a text's words alone say, in one language: read once per text and language.</summary>
    private sealed record TextVerdicts(string? FeatureGain, string? AbsentPart, int Modal, string? RiskEvidence, int UseVerb, int Our, string? You);

    private static readonly ReadingMemo<TextVerdicts> Memo = new();

    /// <summary>Why the entry is written from the product's side, or null.</summary>
    /// <param name="offered">Content stems of everything the segment's value map says (English stems), built when first needed.</param>
    public static string? Check(EntryReading entry, Func<IReadOnlySet<string>> offered, ValueMap? map)
    {
        if (!entry.Language.IsRead())
        {
            return null;
        }

        var read = entry.Reading.Remember(Memo, entry.Language, (r, language) => Read(r, LanguageKit.For(language)));
        if (!entry.IsEnglish && read.Our >= 0 && CompanyVoice(entry.Words, read, LanguageKit.For(entry.Language), map) is { } voice)
        {
            return voice;
        }

        switch (entry.Entry.Area)
        {
            case CanvasArea.Gains:
                return read.FeatureGain;
            case CanvasArea.Pains:
                var evidence = read.RiskEvidence ?? (read.Modal >= 0 && entry.IsEnglish ? OfferedSubject(entry.Words, read.Modal, offered()) : null);
                return evidence is not null
                    ? $"speculates what might go wrong with the offering ('{entry.Words[read.Modal].Original}' … '{evidence}'): a risk of the product, not a pain the customer has today"
                    : read.AbsentPart;
            default:
                return read.UseVerb >= 0 ? UsingTheOffering(entry.Words, read.UseVerb, LanguageKit.For(entry.Language), map) : null;
        }
    }

    /// <summary>
    /// The company speaking, in a language other than English (English has its own, finer reading):
    /// a first-person plural ("nuestro", "unser", "notre") beside a "you" of the customer, or followed
    /// by a word the value map uses ("nuestra app").
    /// </summary>
    private static string? CompanyVoice(IReadOnlyList<Word> words, TextVerdicts read, LanguageKit kit, ValueMap? map)
    {
        var at = read.Our;
        if (read.You is { } you)
        {
            return $"speaks in the company's voice ('{words[at].Original}' … '{you}')";
        }

        for (var j = at + 1; j < words.Count && j <= at + 2 && map is not null; j++)
        {
            var next = words[j];
            if (kit.IsContent(next) && next.Kind == WordKind.Word && map.Entries.Any(e => e.Reading.Words.Any(w => w.Text == next.Text)))
            {
                return $"speaks in the company's voice ('{words[at].Original} {next.Original}')";
            }
        }

        return null;
    }

    // The first first-person plural ("nuestro") and a "you" of the customer, in a language other than English.
    private static (int Our, string? You) Voice(IReadOnlyList<Word> words, string[] stems, LanguageKit kit)
    {
        if (kit.Language == NaturalLanguage.English)
        {
            return (-1, null);
        }

        var voice = kit.Lexicon("voice");
        var ours = voice.Section("our");
        var company = voice.Section("company");
        var at = -1;
        string? you = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Kind != WordKind.Word)
            {
                continue;
            }

            if (ours.Contains(stems[i]))
            {
                at = at < 0 ? i : at;
            }
            else if (company.Contains(stems[i]))
            {
                you ??= words[i].Original;
            }
        }

        return (at, at >= 0 ? you : null);
    }

    private static TextVerdicts Read(TextReading reading, LanguageKit kit)
    {
        var lexicon = kit.Lexicon("product-side");
        var words = reading.Words;
        var stems = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            stems[i] = words[i].Kind == WordKind.Word ? kit.Stem(words[i].Text) : words[i].Text;
        }

        var (modal, risk) = Speculation(words, stems, kit, lexicon);
        var verbAt = kit.Language is NaturalLanguage.German or NaturalLanguage.Dutch ? words.Length - 1 : 0;
        var useVerb = words.Length >= 2 && lexicon.Section("use").Contains(stems[verbAt]) ? verbAt : -1;
        var (our, you) = Voice(words, stems, kit);
        return new TextVerdicts(FeatureGain(reading, stems, kit, lexicon), AbsentPart(words, stems, kit, lexicon), modal, risk, useVerb, our, you);
    }

    private static string? FeatureGain(TextReading reading, string[] stems, LanguageKit kit, LexiconSet lexicon)
    {
        var words = reading.Words;
        var system = lexicon.Section("system");
        if (kit.Language == NaturalLanguage.English && SystemActs(words, stems, kit, system) is { } acts)
        {
            return $"describes what the offering does ('{acts}') rather than what the customer gains";
        }

        var (start, end) = OpeningPhrase(reading, kit);
        if (end <= start)
        {
            return Mechanism(words, stems, lexicon);
        }

        var head = HeadLast(kit.Language) ? end - 1 : start;
        if (IsSystemNoun(kit, system, stems[head], words[head].Text))
        {
            return $"describes a part of the offering ('{Phrase(words, start, end)}') rather than what the customer gains";
        }

        // "Easy use of the app", "Simple navigation with the interface": using the offering is not a gain.
        if (lexicon.Section("usage").Contains(stems[head]))
        {
            for (var i = end; i < words.Length && i <= end + 4; i++)
            {
                if (words[i].Kind == WordKind.Word && IsSystemNoun(kit, system, stems[i], words[i].Text))
                {
                    return $"is about using the offering ('{Phrase(words, start, i + 1)}') rather than what the customer gains";
                }
            }
        }

        return Mechanism(words, stems, lexicon);
    }

    // "Automated processing", "bugs caught automatically": the offering working by itself is how it
    // works (a capability), not what the customer experiences; the outcome is what the automation
    // saves or makes possible.
    private static string? Mechanism(IReadOnlyList<Word> words, string[] stems, LexiconSet lexicon)
    {
        var mechanism = lexicon.Section("mechanism");
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Kind == WordKind.Word && mechanism.Contains(stems[i]))
            {
                return $"describes how the offering works ('{words[i].Original}') rather than what the customer gains";
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal,
    [
        "with", "of", "for", "in", "on", "at", "by", "from", "to", "into", "about", "via", "through", "without", "using",
    ]);

    /// <summary>
    /// A clause whose subject is a part of the offering doing something, with no person as the one
    /// who acts: "AI knows the codebase", "the dashboard flags late invoices", "with AI handling the
    /// triage". A capability of the product, not an outcome for the customer.
    /// </summary>
    private static string? SystemActs(IReadOnlyList<Word> words, string[] stems, LanguageKit kit, IReadOnlySet<string> system)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var subject = words[i];
            if (subject.Kind != WordKind.Word || !(subject.Text == "ai" || IsSystemNoun(kit, system, stems[i], subject.Text)))
            {
                continue;
            }

            var verb = words[i + 1].Text;
            var after = words[i + 2];
            var finite = verb.Length > 3 && verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal) && !words[i + 1].Joined
                && (Lexicon.Determiners.Contains(after.Text) || (kit.IsContent(after) && !Lexicon.Stop.Contains(after.Text)));
            // After a preposition the noun is its object, not a subject ("with AI features quickly").
            var before = i > 0 && Lexicon.Determiners.Contains(words[i - 1].Text) ? i - 2 : i - 1;
            var governed = before >= 0 && Prepositions.Contains(words[before].Text);
            var withIng = before >= 0 && words[before].Text == "with" && verb.EndsWith("ing", StringComparison.Ordinal);
            if ((finite && !governed && !subject.EndsClause) || withIng)
            {
                return $"{subject.Original} {words[i + 1].Original}";
            }
        }

        return null;
    }

    // "The app might crash", "Users may not find …": the modal, and a word of the product's side, if any.
    private static (int Modal, string? Evidence) Speculation(IReadOnlyList<Word> words, string[] stems, LanguageKit kit, LexiconSet lexicon)
    {
        var modals = lexicon.Section("modal");
        var modal = -1;
        for (var i = 1; i < words.Count && modal < 0; i++)
        {
            if (words[i].Kind == WordKind.Word && modals.Contains(stems[i]))
            {
                modal = i;
            }
        }

        if (modal < 0)
        {
            return (-1, null);
        }

        // "I might miss the train" is the customer's worry; a word of the product's side makes it the team's.
        var system = lexicon.Section("system");
        var users = lexicon.Section("user");
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Kind == WordKind.Word && kit.IsContent(words[i]) && (users.Contains(stems[i]) || IsSystemNoun(kit, system, stems[i], words[i].Text)))
            {
                return (modal, words[i].Original);
            }
        }

        return (modal, null);
    }

    // "The summaries might …": the subject is something the value map offers (in "There might not be
    // enough X" the subject follows the verb).
    private static string? OfferedSubject(IReadOnlyList<Word> words, int modal, IReadOnlySet<string> offered)
    {
        var subjectEnd = words[0].Text == "there" ? words.Count : modal;
        for (var i = 0; i < subjectEnd; i++)
        {
            var w = words[i];
            if (i != modal && w.Kind == WordKind.Word && TextSimilarity.IsContent(w) && !Lexicon.CustomerNouns.Contains(w.Text)
                && offered.Contains(TextSimilarity.NormalizedStem(w)))
            {
                return w.Original;
            }
        }

        return null;
    }

    // "No booking app", "Keine App", "Sin plataforma": the solution's absence stated as a pain.
    private static string? AbsentPart(IReadOnlyList<Word> words, string[] stems, LanguageKit kit, LexiconSet lexicon)
    {
        var absence = lexicon.Section("absence");
        var system = lexicon.Section("system");
        for (var i = 0; i < words.Count; i++)
        {
            var width = AbsenceAt(absence, stems, i);
            if (width == 0)
            {
                continue;
            }

            for (var j = i + width; j < words.Count && j < i + width + 3 && !words[j - 1].EndsClause; j++)
            {
                if (words[j].Kind == WordKind.Word && IsSystemNoun(kit, system, stems[j], words[j].Text))
                {
                    return $"states the absence of a solution ('{Phrase(words, i, j + 1)}') as a pain";
                }
            }
        }

        return null;
    }

    // The number of words of the absence marker that starts at i ("sin", "pas de", "non c'è"), or 0.
    private static int AbsenceAt(FrozenSet<string> absence, string[] stems, int i)
    {
        var phrase = stems[i];
        for (var width = 1; width <= 3 && i + width <= stems.Length; width++)
        {
            if (width > 1)
            {
                phrase += " " + stems[i + width - 1];
            }

            if (absence.Contains(phrase))
            {
                return width;
            }
        }

        return 0;
    }

    // "Navigate the dashboard", "Die App öffnen": using a part of what the value map offers is not the customer's own job.
    private static string? UsingTheOffering(IReadOnlyList<Word> words, int verbAt, LanguageKit kit, ValueMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var system = kit.Lexicon("product-side").Section("system");
        for (var i = 0; i < words.Count; i++)
        {
            if (i == verbAt || Math.Abs(i - verbAt) > 4 || words[i].Kind != WordKind.Word || !IsSystemNoun(kit, system, kit.Stem(words[i].Text), words[i].Text))
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
    internal static bool IsSystemNoun(LanguageKit kit, IReadOnlySet<string> system, string stem, string word)
    {
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
        Tokenizer.Quote(Enumerable.Range(start, end - start).Select(i => words[i]));
}
