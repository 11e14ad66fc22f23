using CanvasLang.Syntax;
using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV204: value-map entries in the wrong column: a reliever or creator that says no "how": only an
/// offering's or a feature's name ("Mobile app", "Smart sync engine"), a praise label ("Great UX"),
/// a product's text again, or the words of the pain or gain it answers; or a product or service
/// worded as a benefit ("Saves time").
/// </summary>
public sealed class MixedValueMapRule : CanvasRule
{
    private static readonly FrozenSet<string> OfferingNouns =
        Lexicon.ProductNouns.Concat(WordLists.Lines("offering-nouns")).ToFrozenSet(StringComparer.Ordinal);

    // Openers of a benefit: "Less stress", "Fewer errors", "Never be without…", "No more queues".
    private static readonly FrozenSet<string> BenefitOpeners = new[] { "less", "fewer", "never" }.ToFrozenSet(StringComparer.Ordinal);

    public override RuleDescriptor Descriptor { get; } = new("CV204", "mixed-value-map", DiagnosticSeverity.Warning,
        "Products are mixed with relievers and creators: a reliever or creator that only names an offering or a feature, repeats a product or restates its pain or gain, or a product written as a benefit.")
    {
        ReadsWords = true,
        IsHeuristic = true,
        Fix = "Convert the reliever or creator to a product, or the benefit-worded product to a creator.",
    };

    // Both verdicts depend on the words alone: remembered per text.
    private static readonly ReadingMemo<bool> NamesOffering = new();

    private static readonly ReadingMemo<bool> StatesBenefit = new();

    private static readonly ReadingMemo<NounPhraseKind> Phrase = new();

    /// <summary>The language around a value map: its profile's canvas, or the whole file when it has none.</summary>
    private static (bool English, NaturalLanguage Language) LanguageContext(SemanticModel model, Model.Profile? profile)
    {
        if (profile is null)
        {
            return FileLanguage.ContextOf(model);
        }

        var facts = Profile.ProfileReading.Read(model, profile);
        return (facts.IsEnglishContext, facts.Language);
    }

    public override void Analyze(RuleContext context)
    {
        foreach (var map in context.Model.OwnValueMaps)
        {
            // Short texts carry no function words; the canvas as a whole says which language it is in.
            var profile = context.Model.ProfileOf(map.SegmentName);
            var (english, language) = LanguageContext(context.Model, profile);
            var echoes = new Echoes(map, profile);
            foreach (var entry in map.Entries)
            {
                var reading = entry.Reading;
                var entryLanguage = reading.LanguageIn(english, language);
                if (entryLanguage != NaturalLanguage.English)
                {
                    if (entryLanguage.IsRead() && entry.Area is CanvasArea.PainRelievers or CanvasArea.GainCreators)
                    {
                        ReportInLanguage(context, entry, echoes, entryLanguage);
                    }

                    continue;
                }

                if (entry.Area is CanvasArea.PainRelievers or CanvasArea.GainCreators)
                {
                    ReportRelieverOrCreator(context, entry, echoes);
                }
                else if (entry.Area == CanvasArea.ProductsAndServices && reading.Remember(StatesBenefit, r => IsBenefit(r.Words)))
                {
                    context.Report(Anchors.Head(entry),
                        $"{entry.LabelWithText} is a benefit, not something offered: make it a gain creator and name the product that delivers it",
                        fixes: ImmutableArray.Create(Convert(entry, "creator", "Convert to a gain creator")));
                }
            }
        }
    }

    /// <summary>One diagnostic at most: a copy of a product, an echo of a pain or gain, an offering's name, a feature's name, a label.</summary>
    private static void ReportRelieverOrCreator(RuleContext context, Entry entry, Echoes echoes)
    {
        var relieves = entry.Area == CanvasArea.PainRelievers;
        var how = relieves ? "how it relieves a pain" : "how it creates a gain";
        var toProduct = ImmutableArray.Create(Convert(entry, "product", "Convert to a product"));
        if (echoes.ProductCopied(entry) is { } product)
        {
            context.Report(Anchors.Head(entry),
                $"{entry.LabelWithText} repeats the text of {product.Label}: it names the offering, not {how}; say what the offering changes for the customer");
        }
        else if (echoes.Restated(context.Model, entry) is { } original)
        {
            context.Report(Anchors.Head(entry),
                $"{entry.LabelWithText} only restates {original.Label} {original.Reading.Quoted}: say {(relieves ? "how the offering relieves it" : "how the offering creates it")} (e.g. '… so that …')");
        }
        else if (entry.Reading.Remember(NamesOffering, r => IsOfferingName(r.Words)))
        {
            context.Report(Anchors.Head(entry), $"{entry.LabelWithText} names an offering, not {how}: list it as a product and write {how}", fixes: toProduct);
        }
        else if (entry.Reading.Remember(Phrase, FeatureName.Read) is var kind && kind == NounPhraseKind.Feature)
        {
            context.Report(Anchors.Head(entry),
                $"{entry.LabelWithText} names a feature, not {how}: say what it changes for the customer (e.g. '… so that …'), or list it as a product", fixes: toProduct);
        }
        else if (kind == NounPhraseKind.Label)
        {
            context.Report(Anchors.Head(entry),
                $"{entry.LabelWithText} is a label with a praise word, not {how}: say what the customer gets and by what means (e.g. '… so that …')");
        }
    }

    // In another read language: a copy of a product, or a bare phrase headed by a part of an offering.
    private static readonly ReadingMemo<bool> FeatureInLanguage = new();

    private static void ReportInLanguage(RuleContext context, Entry entry, Echoes echoes, NaturalLanguage language)
    {
        var how = entry.Area == CanvasArea.PainRelievers ? "how it relieves a pain" : "how it creates a gain";
        if (echoes.ProductCopied(entry) is { } product)
        {
            context.Report(Anchors.Head(entry),
                $"{entry.LabelWithText} repeats the text of {product.Label}: it names the offering, not {how}; say what the offering changes for the customer");
        }
        else if (entry.Reading.Remember(FeatureInLanguage, language, (r, l) => FeatureNameInLanguage.IsFeatureName(LanguageKit.For(l), r)))
        {
            context.Report(Anchors.Head(entry),
                $"{entry.LabelWithText} names a feature, not {how}: say what it changes for the customer, or list it as a product",
                fixes: ImmutableArray.Create(Convert(entry, "product", "Convert to a product")));
        }
    }

    /// <summary>
    /// A short noun phrase of content words whose head names an offering ("Premium plan"), or a few
    /// of them joined by "and" ("Video tutorials and step-by-step guides"): a list of things offered.
    /// </summary>
    internal static bool IsOfferingName(IReadOnlyList<Word> words)
    {
        var conjuncts = SplitOnAnd(words);
        if (conjuncts.Count > 1)
        {
            return conjuncts.All(IsNounPhrase) && conjuncts.Any(HasOfferingHead);
        }

        return IsSingleOfferingName(words);
    }

    private static List<List<Word>> SplitOnAnd(IReadOnlyList<Word> words)
    {
        var parts = new List<List<Word>> { new() };
        foreach (var word in words)
        {
            if (word.Text == "and")
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(word);
            }
        }

        return parts;
    }

    private static bool IsNounPhrase(List<Word> words) =>
        words.Count is > 0 and <= 4
        && words.Select((w, i) => w.Kind == WordKind.Word && (!Lexicon.Stop.Contains(w.Text) || InCompound(words, i))).All(ok => ok)
        && !Lexicon.TaskVerbs.Contains(words[0].Text);

    /// <summary>A function word inside a hyphenated compound ("built-in", "step-by-step") is part of a modifier.</summary>
    private static bool InCompound(List<Word> words, int i) => words[i].Joined || (i + 1 < words.Count && words[i + 1].Joined);

    /// <summary>In a list, plural heads are names too ("guides"): a list of actions would start with a verb.</summary>
    private static bool HasOfferingHead(List<Word> words) =>
        OfferingNouns.Contains(words[^1].Text) || OfferingNouns.Contains(Morphology.Singular(words[^1].Text));

    private static bool IsSingleOfferingName(IReadOnlyList<Word> words)
    {
        if (words.Count is 0 or > 4 || words.Any(w => w.Kind != WordKind.Word || Lexicon.Stop.Contains(w.Text)))
        {
            return false;
        }

        // Only the head as written: a plural after a verb reads as an action ("Compare plans").
        var head = words[^1].Text;
        if (OfferingNouns.Contains(head))
        {
            return true;
        }

        // Head-first word order of other languages' borrowings ("Application mobile").
        return words.Count == 2 && OfferingNouns.Contains(words[0].Text) && !Lexicon.TaskVerbs.Contains(words[0].Text);
    }

    /// <summary>A product text that states what the customer gets instead of what is offered.</summary>
    internal static bool IsBenefit(IReadOnlyList<Word> words)
    {
        if (words.Count == 0 || words.Any(w => OfferingNouns.Contains(w.Text) || OfferingNouns.Contains(Morphology.Singular(w.Text))))
        {
            return false;
        }

        var first = words[0].Text;
        if (words.Count > 1 && (Lexicon.OutcomeVerbs.Contains(first) || (first.EndsWith('s') && Lexicon.OutcomeVerbs.Contains(Morphology.Singular(first)))))
        {
            return true;
        }

        if (BenefitOpeners.Contains(first) && words.Count > 1 || (first == "no" && words.Count > 2 && words[1].Text is "more" or "longer"))
        {
            return true;
        }

        var joined = string.Join(' ', words.Select(w => w.Text));
        if (Lexicon.OutcomePhrases.Any(p => joined.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        // "Hassle-free invoicing", "Stress-free booking": freedom from an outcome noun is a benefit.
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Joined && words[i].Text == "free" && (Lexicon.Vague.Contains(words[i - 1].Text) || Lexicon.OutcomeNouns.Contains(words[i - 1].Text) || words[i - 1].Text == "worry"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Rewrites the entry's keyword (and qualifier) and drops the attributes the new kind does not take.</summary>
    private static CodeFix Convert(Entry entry, string keyword, string title)
    {
        var s = entry.Syntax;
        var edits = ImmutableArray.CreateBuilder<TextEdit>();
        edits.Add(new TextEdit(TextSpan.FromBounds((s.Qualifier?.Span ?? s.Keyword.Span).Start, s.Keyword.Span.End), keyword));
        var previousEnd = s.Text?.Span.End ?? s.Id?.Span.End ?? s.Keyword.Span.End;
        foreach (var attribute in s.Attributes)
        {
            if (LanguageTable.Attribute(attribute.Keyword.Text) is { IsEntryLink: true })
            {
                // Take the blank before the attribute with it, so no double space is left behind.
                edits.Add(new TextEdit(TextSpan.FromBounds(previousEnd, attribute.Span.End), string.Empty));
            }

            previousEnd = attribute.Span.End;
        }

        return new CodeFix(entry.Id is null ? title : $"{title} `{entry.Id}`", edits.ToImmutable());
    }
}
