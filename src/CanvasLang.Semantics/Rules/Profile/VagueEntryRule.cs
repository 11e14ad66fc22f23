using System.Collections.Frozen;
using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// CV101: a job, pain or gain too vague to test. Two signs: too few words, or vague words making up
/// a good share of the content with nothing concrete beside them (no measure, time, situation or name).
/// </summary>
public sealed class VagueEntryRule : CanvasRule
{
    // Share of content words that must be vague before an entry counts as leaning on them; long
    // entries that elaborate ("— seamless, branded, no tool-switching for learners") need more.
    private const double VagueShare = 0.25;
    private const double VagueShareLong = 0.4;
    private const int LongEntryWords = 10;

    public override RuleDescriptor Descriptor { get; } = new("CV101", "vague-entry", DiagnosticSeverity.Warning,
        "A job, pain or gain that leans on vague words (better, easier, fast, cheap, quality…) with nothing concrete beside them, or is too short to be concrete.")
    {
        Options =
        [
            new RuleOption("minWords", RuleOptionType.Integer, 3, "Entries with fewer content words than this (articles, prepositions and other function words do not count) are too short to be concrete and are reported."),
            new RuleOption("extraVagueWords", RuleOptionType.StringList, Array.Empty<string>(), "Words to treat as vague in addition to the built-in list."),
            new RuleOption("acceptedWords", RuleOptionType.StringList, Array.Empty<string>(), "Words never counted as vague, even if they are on the built-in list."),
        ],
        ReadsWords = true,
        IsHeuristic = true,
    };

    // The verdict depends on the text and on the rule's settings only: remembered per text and settings across analyses.
    private static readonly ReadingMemo<string?> Verdict = new();

    public override void Analyze(RuleContext context)
    {
        var minWords = context.Settings.Int("minWords");
        var extra = context.Settings.Words("extraVagueWords");
        var acceptedWords = context.Settings.Words("acceptedWords");
        var accepted = acceptedWords.ToHashSet(StringComparer.Ordinal);
        var vague = Lexicon.Vague.Concat(extra).Where(w => !accepted.Contains(w)).ToHashSet(StringComparer.Ordinal);
        Func<TextReading, string?> check = reading => Check(reading, minWords, vague);

        // Each other language's vague stems with the user's words, built once per analysis when first needed.
        var stemsByLanguage = new Dictionary<NaturalLanguage, FrozenSet<string>>();
        FrozenSet<string> StemsOf(NaturalLanguage language) =>
            stemsByLanguage.TryGetValue(language, out var stems) ? stems
                : stemsByLanguage[language] = VagueInLanguage.VagueStems(LanguageKit.For(language), extra, acceptedWords);

        foreach (var profile in context.Model.OwnProfiles)
        {
            foreach (var entry in ProfileReading.Read(context.Model, profile))
            {
                var message = entry.Language switch
                {
                    NaturalLanguage.English => context.Remember(entry.Reading, Verdict, check),
                    var language when language.IsRead() => context.Remember(entry.Reading, VerdictInLanguage, language,
                        (r, l) => VagueInLanguage.Check(LanguageKit.For(l), r, minWords, StemsOf(l), VagueShare, VagueShareLong, LongEntryWords)),
                    _ => null, // a language the rule cannot read: silent
                };
                if (message is not null)
                {
                    context.Report(entry.Span, message);
                }
            }
        }
    }

    // Verdicts in other languages, remembered per text, language and settings like English ones.
    private static readonly ReadingMemo<string?> VerdictInLanguage = new();

    /// <summary>The problem with an entry, or null when it is concrete enough.</summary>
    internal static string? Check(TextReading entry, int minWords, IReadOnlySet<string> vague)
    {
        var words = entry.Words;
        var concrete = Concreteness.Assess(words, (ISet<string>)vague);
        var (length, tagsLeftOut) = Asides.DescriptiveLength(entry.Text, words, TextSimilarity.IsContent);
        if (length < minWords && !concrete.HasMeasure)
        {
            return $"{entry.Quoted} is too short to be concrete ({Describe(length, tagsLeftOut)}): say what exactly, when, or how much";
        }

        var hits = new List<string>();
        var content = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (!TextSimilarity.IsContent(w))
            {
                continue;
            }

            content++;

            // Hyphenated compounds are listed whole ("user-friendly", "hassle-free").
            var compound = w.Joined && i > 0 ? words[i - 1].Text + "-" + w.Text : null;
            var hit = compound is not null && vague.Contains(compound) ? compound : VagueForm(w, vague);
            if (hit is not null && !hits.Contains(hit))
            {
                hits.Add(hit);
            }
        }

        var share = content == 0 ? 0 : (double)hits.Count / content;
        if (hits.Count == 0 || share < (words.Length >= LongEntryWords ? VagueShareLong : VagueShare) || concrete.IsConcrete)
        {
            return null;
        }

        var listed = string.Join(", ", hits.Select(h => $"'{h}'"));
        return $"{entry.Quoted} leans on {listed} with nothing concrete beside it: {concrete.Missing}";
    }

    /// <summary>"2 content words", or "… besides its tags" when an aside of tags was not counted.</summary>
    internal static string Describe(int length, bool tagsLeftOut) =>
        $"{length} content word{(length == 1 ? string.Empty : "s")}{(tagsLeftOut ? " besides its tags" : string.Empty)}";

    /// <summary>The vague word a token is a form of: itself, its singular or its comparative base; not -ly adverbs.</summary>
    internal static string? VagueForm(Word w, IReadOnlySet<string> vague)
    {
        if (w.Kind != WordKind.Word)
        {
            return null;
        }

        if (vague.Contains(w.Text))
        {
            return w.Text;
        }

        var singular = Morphology.Singular(w.Text);
        if (vague.Contains(singular))
        {
            return w.Text;
        }

        return Morphology.ComparativeBase(w.Text, vague.Contains) is { } b && vague.Contains(b) ? w.Text : null;
    }
}
