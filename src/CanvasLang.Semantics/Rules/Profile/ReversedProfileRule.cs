using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// CV104: profile entries written from the product's side: gains that name what the value map offers,
/// jobs about using it, pains that are the absence of the solution, or the company's voice ("our", "we").
/// Every sign needs English: names too, since another language can share a name's stems by chance.
/// </summary>
public sealed class ReversedProfileRule : CanvasRule
{
    private static readonly FrozenSet<string> SubordinatingWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "when", "if", "as", "while", "until", "before", "after", "so", "because", "where", "since", "once",
    ]);

    public override RuleDescriptor Descriptor { get; } = new("CV104", "reversed-profile", DiagnosticSeverity.Warning,
        "Entries written from the product's side: they name what the value map offers, speak in the company's voice (\"our\", \"we\"), or state the absence of the solution as a pain.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    // Whether a text could speak in the company's voice at all (a company phrase or pronoun): most cannot.
    private static readonly ReadingMemo<bool> MentionsCompany = new();

    // Where a pain's negations start ("no", "lack of", "not able"): an absent solution can only follow one.
    private static readonly ReadingMemo<int[]> Negations = new();

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var profile in model.OwnProfiles)
        {
            var map = model.ValueMapOf(profile.SegmentName);
            var names = OfferingNames.Of(map, model.Segments.GetValueOrDefault(profile.SegmentName));
            HashSet<string>? offered = null;
            var readings = ProfileReading.Read(model, profile);
            var generic = CustomerVocabulary(model, readings, names);
            foreach (var entry in readings)
            {
                var voice = entry.IsEnglish && entry.Reading.Remember(MentionsCompany, CouldBeCompanyVoice)
                    ? CompanyVoice(entry.Words, offered ??= Offered(map))
                    : null;
                var reason = voice ?? ProductSide.Check(entry, () => offered ??= Offered(map), map) ?? Names(model, entry, names, generic);
                if (reason is not null)
                {
                    context.Report(entry.Span,
                        $"{entry.Quoted} {reason}: write what the customer experiences today, without the product");
                }
            }
        }
    }

    /// <summary>The content stems of everything the value map says (what "our …" may name).</summary>
    private static HashSet<string> Offered(ValueMap? map)
    {
        var offered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map?.Entries ?? [])
        {
            offered.UnionWith(entry.Reading.Stems);
        }

        return offered;
    }

    private static string? Names(SemanticModel model, EntryReading entry, OfferingNames names, ISet<OfferingName> generic)
    {
        var words = entry.Words;

        // What already addresses an entry naturally echoes it ("creates g6" repeating the gain's words).
        var excluded = model.AddressersOf(entry.Entry);
        switch (entry.Entry.Area)
        {
            case CanvasArea.Pains:
                // "No loan bike", "Lack of a mobile invoicing app": the missing solution, not a pain.
                foreach (var i in entry.Reading.Remember(Negations, FindNegations))
                {
                    var rest = words.Skip(i + 1).Take(5).ToList();
                    if (names.FindAll(rest, excluded).Select(m => m.Name).FirstOrDefault(n => !Restatement.Echoes(n.Source, entry.Entry)) is { } name)
                    {
                        return $"states the absence of what the value map offers ({name.Source.Label}) as a pain";
                    }

                    var noun = rest.Take(3).FirstOrDefault(w => Lexicon.ProductNouns.Contains(w.Text)).Text;
                    if (noun is not null)
                    {
                        return $"states the absence of a solution ('{noun}') as a pain";
                    }
                }

                return null;

            case CanvasArea.Jobs:
                // "Book the mobile mechanic service": using the product is not the customer's job.
                return words.Length > 0 && Lexicon.UsageVerbs.Contains(words[0].Text)
                    && names.FindAll(words, excluded).Select(m => m.Name).FirstOrDefault(n => !Restatement.Echoes(n.Source, entry.Entry)) is { } offering
                    ? $"is about using {offering.Source.Label} ('{offering.Display}')"
                    : null;

            default:
                // Names are matched on stems and word boundaries of a read language; in any other the rule is silent.
                if (!entry.Language.IsRead() || (!names.MayName(entry.Reading) && names.CamelCase.Count == 0))
                {
                    return null;
                }

                foreach (var (n, _) in names.FindAll(entry.Reading, excluded))
                {
                    // A reliever or creator that restates the entry is the one at fault (CV204), not the customer's words.
                    if (!generic.Contains(n) && !IsContinuumEcho(entry.Entry, n) && !Restatement.Echoes(n.Source, entry.Entry))
                    {
                        return $"describes {n.Source.Label} ('{n.Display}') rather than what the customer gains";
                    }
                }

                if (names.CamelCase.Count == 0)
                {
                    return null;
                }

                var camel = words.FirstOrDefault(w => OfferingNames.IsCamel(w.Original) && names.CamelCase.TryGetValue(w.Text, out var users) && users.Any(u => !excluded.Contains(u) && !Restatement.Echoes(u, entry.Entry)));
                return camel.Text is not null ? $"names '{camel.Original}', which the value map offers" : null;
        }
    }

    private static int[] FindNegations(TextReading reading)
    {
        var words = reading.Words;
        var found = new List<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if ((Lexicon.Negators.Contains(words[i].Text) && !NegatesAction(words, i)) || (words[i].Text == "able" && i > 0 && words[i - 1].Text is "not" or "being"))
            {
                found.Add(i);
            }
        }

        return [.. found];
    }

    /// <summary>
    /// "Don't open the app", "doesn't log expenses": a negated do-auxiliary negates what someone does,
    /// so the pain is about behaviour, not a missing thing. Only "doesn't have", "don't offer" and the
    /// like, which negate having, can state an absence.
    /// </summary>
    private static bool NegatesAction(IReadOnlyList<Word> words, int i) =>
        DoNegations.Contains(words[i].Text) && i + 1 < words.Count && !PossessionVerbs.Contains(words[i + 1].Text);

    private static readonly FrozenSet<string> DoNegations = FrozenSet.Create(StringComparer.Ordinal, [ "don't", "dont", "doesn't", "doesnt", "didn't", "didnt" ]);

    private static readonly FrozenSet<string> PossessionVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "have", "offer", "provide", "include", "support", "exist", "come", "get",
    ]);

    /// <summary>
    /// Pains and gains sit on one continuum: a reliever words the gain its pain falls short of ("a
    /// missed lesson"), a creator the pain its gain goes beyond. Such an echo is the customer's
    /// language unless the shared phrase names a thing offered ("single platform").
    /// </summary>
    private static bool IsContinuumEcho(Entry entry, OfferingName name)
    {
        var opposite = entry.Area == CanvasArea.Gains ? CanvasArea.PainRelievers : CanvasArea.GainCreators;
        if (name.Source.Area != opposite)
        {
            return false;
        }

        return !name.Display.Split(' ', '-', '/').Any(w => OfferingVocabulary.Contains(w.ToLowerInvariant()) || OfferingVocabulary.Contains(Morphology.Singular(w.ToLowerInvariant())));
    }

    private static readonly FrozenSet<string> OfferingVocabulary =
        Lexicon.ProductNouns.Concat(WordLists.Lines("offering-nouns")).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Names the customer uses too: found in a pain, or in two gains or more ("best practices",
    /// "enterprise-grade"). Those are the segment's vocabulary, not what the product is called.
    /// </summary>
    private static HashSet<OfferingName> CustomerVocabulary(SemanticModel model, IReadOnlyList<EntryReading> readings, OfferingNames names)
    {
        var inGains = new Dictionary<OfferingName, int>();
        var generic = new HashSet<OfferingName>();
        if (names.Phrases.Count == 0)
        {
            return generic;
        }

        var distinct = new HashSet<OfferingName>();
        foreach (var r in readings)
        {
            if (r.Entry.Area == CanvasArea.Jobs)
            {
                continue;
            }

            if (!names.MayName(r.Reading))
            {
                continue;
            }

            distinct.Clear();
            foreach (var (name, _) in names.FindAll(r.Reading, model.AddressersOf(r.Entry)))
            {
                if (distinct.Add(name) && (r.Entry.Area == CanvasArea.Pains || (inGains[name] = inGains.GetValueOrDefault(name) + 1) >= 2))
                {
                    generic.Add(name);
                }
            }
        }

        return generic;
    }

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.Ordinal,
    [
        "can", "cannot", "can't", "will", "won't", "could", "couldn't", "should", "must", "may", "might", "don't", "do", "also", "always", "never", "not",
    ]);

    /// <summary>A word with the words a hyphen or slash glues to it ("e-bikes").</summary>
    private static string Compound(IReadOnlyList<Word> words, int i)
    {
        var end = i + 1;
        while (end < words.Count && words[end].Joined)
        {
            end++;
        }

        var start = i;
        while (start > 0 && words[start].Joined)
        {
            start--;
        }

        return string.Join('-', words.Skip(start).Take(end - start).Select(w => w.Original));
    }

    /// <summary>Whether <see cref="CompanyVoice"/> could find anything: a company phrase or pronoun is in the text.</summary>
    private static bool CouldBeCompanyVoice(TextReading reading)
    {
        var text = " " + string.Join(' ', reading.Words.Select(w => w.Text)) + " ";
        return Lexicon.CompanyPhrases.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal))
            || reading.Words.Any(w => Lexicon.CompanyPronouns.Contains(w.Text));
    }

    /// <summary>The company speaking: "let us…", "we send you…", "our dashboard…".</summary>
    internal static string? CompanyVoice(IReadOnlyList<Word> words, IReadOnlySet<string> offered)
    {
        var text = " " + string.Join(' ', words.Select(w => w.Text)) + " ";
        if (Lexicon.CompanyPhrases.FirstOrDefault(p => text.Contains(" " + p + " ", StringComparison.Ordinal)) is { } phrase)
        {
            return $"speaks in the company's voice ('{phrase}')";
        }

        var addressesCustomer = words.Any(w => Lexicon.SecondPerson.Contains(w.Text));
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Text;
            if (!Lexicon.CompanyPronouns.Contains(w))
            {
                continue;
            }

            if (addressesCustomer)
            {
                return $"speaks in the company's voice ('{w}' … 'you')";
            }

            if (w == "our" && words.Skip(i + 1).Take(2).Any(n => TextSimilarity.IsContent(n) && offered.Contains(TextSimilarity.NormalizedStem(n))))
            {
                return $"speaks in the company's voice ('our {Compound(words, i + 1)}')";
            }

            // "We offer…", and with a modal or negation between: "We cannot offer…", "we will send…".
            var subordinate = i > 0 && SubordinatingWords.Contains(words[i - 1].Text);
            var verb = i + 1 < words.Count && Auxiliaries.Contains(words[i + 1].Text) ? i + 2 : i + 1;
            if (w == "we" && !subordinate && verb < words.Count && Lexicon.CompanyVerbs.Contains(words[verb].Text))
            {
                return $"speaks in the company's voice ('{Tokenizer.Quote(words.Skip(i).Take(verb - i + 1))}')";
            }
        }

        return null;
    }
}
