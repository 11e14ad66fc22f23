using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV502: a value proposition statement that does not say for whom (the segment or an aka), with
/// what (a product or service of the segment's value map), or says it only in vague words.
/// </summary>
public sealed class VagueStatementRule : CanvasRule
{
    public const string AcceptedWords = "acceptedWords";

    public override RuleDescriptor Descriptor { get; } = new("CV502", "vague-statement", DiagnosticSeverity.Warning,
        "The value proposition statement doesn't name its segment, names none of its products or services, or is vague.")
    {
        ReadsWords = true,
        IsHeuristic = true,
        Options = [new RuleOption(AcceptedWords, RuleOptionType.StringList, Array.Empty<string>(), "Words never counted as vague in statements.")],
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        var accepted = context.Settings.Words(AcceptedWords).ToHashSet(StringComparer.Ordinal);
        foreach (var statement in model.OwnStatements)
        {
            if (statement.Syntax.Text is not { } text || !model.Segments.TryGetValue(statement.SegmentName, out var segment))
            {
                continue;
            }

            var words = Tokenizer.Tokenize(text.Value);
            var language = FileLanguage.Of(model, text.Value);
            if (words.Length == 0 || !language.IsRead())
            {
                continue; // a language the rule cannot read: silent
            }

            var stems = words.Select(w => Morphology.Singular(w.Text.TrimEnd('\''))).ToList();
            var problems = new List<string>();
            if (!NamesSegment(stems, segment) && !DescribesSegment(text.Value, segment))
            {
                var names = new[] { segment.Name.Replace('_', ' ') }.Concat(segment.Aliases).Select(n => $"\"{n}\"");
                problems.Add($"it does not name the customer (write {string.Join(" or ", names)})");
            }

            if (model.ValueMapOf(segment.Name) is { } map && map.Offers.Any() && !map.Offers.Any(o => Names(words, o)))
            {
                problems.Add($"it names none of the segment's products or services (such as {map.Offers.First().Label})");
            }

            var vague = language == NaturalLanguage.English ? VagueWords(words, accepted) : VagueWordsIn(LanguageKit.For(language), words, accepted);
            var concrete = language == NaturalLanguage.English
                ? Concreteness.Assess(words).IsConcrete
                : Profile.VagueInLanguage.Assess(LanguageKit.For(language), words).IsConcrete;
            if (vague.Count > 0 && !concrete)
            {
                problems.Add($"it leans on vague words ({string.Join(", ", vague.Select(v => $"'{v}'"))}) with no number or situation to back them");
            }

            if (problems.Count > 0)
            {
                context.Report(text.Span,
                    $"the statement for `{segment.Name}` is vague: {string.Join("; ", problems)}. Say for whom, with what, and what changes, in terms someone could check");
            }
        }
    }

    /// <summary>The segment's name or an aka, as a run of words (plurals and a trailing possessive allowed).</summary>
    private static bool NamesSegment(List<string> stems, Segment segment)
    {
        foreach (var name in segment.Aliases.Append(segment.Name.Replace('_', ' ').Replace('-', ' ')))
        {
            var parts = Tokenizer.Tokenize(name).Select(w => Morphology.Singular(w.Text)).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            for (var i = 0; i + parts.Count <= stems.Count; i++)
            {
                if (parts.Select((p, k) => stems[i + k] == p).All(x => x))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Writers often name the segment in their own words ("agency operations leads" for a segment
    /// described as "Operations or finance leads at design agencies"): two content words shared with
    /// the description count as naming it.
    /// </summary>
    private static bool DescribesSegment(string statement, Segment segment)
    {
        if (segment.Description is not { } description)
        {
            return false;
        }

        var described = TextSimilarity.ContentStems(description);
        return TextSimilarity.ContentStems(statement).Count(described.Contains) >= 2;
    }

    /// <summary>An offer is named by its id or by two of its content words ("invoicing app").</summary>
    private static bool Names(IReadOnlyList<Word> statement, Entry offer)
    {
        if (offer.Id is { } id && statement.Any(w => w.Text == id.ToLowerInvariant()))
        {
            return true;
        }

        var offerStems = TextSimilarity.ContentStems(offer.Text);
        var shared = TextSimilarity.ContentStems(statement).Count(offerStems.Contains);
        return shared >= Math.Min(2, offerStems.Count);
    }

    /// <summary>The vague words of a statement in another read language, as written.</summary>
    private static List<string> VagueWordsIn(LanguageKit kit, IReadOnlyList<Word> words, HashSet<string> accepted)
    {
        var vague = Profile.VagueInLanguage.VagueStems(kit, [], [.. accepted]);
        return [.. words.Where(w => w.Kind == WordKind.Word && vague.Contains(kit.Stem(w.Text))).Select(w => w.Original).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The vague words as the statement writes them ('easier', not the lexicon's 'easy'), one per lexicon word.</summary>
    private static List<string> VagueWords(IReadOnlyList<Word> words, HashSet<string> accepted)
    {
        var found = new List<string>();
        var written = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Text;
            var compound = i + 1 < words.Count && words[i + 1].Joined ? $"{w}-{words[i + 1].Text}" : null;
            string? hit = compound is not null && Lexicon.Vague.Contains(compound) ? compound
                : Lexicon.Vague.Contains(w) ? w
                : Lexicon.Vague.Contains(Morphology.Singular(w)) ? Morphology.Singular(w)
                : Morphology.ComparativeBase(w, Lexicon.Vague.Contains) is { } b && b is not ("more" or "less" or "fewer") && Lexicon.Vague.Contains(b) ? b
                : null;
            if (hit is not null && !accepted.Contains(hit) && !accepted.Contains(w) && !found.Contains(hit))
            {
                found.Add(hit);
                written.Add(hit == compound ? $"{words[i].Original}-{words[i + 1].Original}" : words[i].Original);
            }
        }

        return written;
    }
}
