using System.Collections.Frozen;
using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV402: test criteria that give no threshold a result could be checked against.</summary>
public sealed class UnmeasurableCriteriaRule : CanvasRule
{
    // Counts and shares written in words: "seven of ten", "half", "every second", "the majority".
    private static readonly FrozenSet<string> CountWords = new[]
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "hundred", "thousand", "dozen", "half", "third", "thirds", "quarter", "quarters", "majority",
        "most", "all", "none", "every", "each", "twice", "double", "doubles", "triple", "triples", "halve", "halves",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that compare with a named reference: a bare "more" or "faster" has none, "more than" has one.
    private static readonly FrozenSet<string> ComparisonWords = new[]
    {
        "than", "exceed", "exceeds", "outnumber", "outnumbers", "beat", "beats", "compared", "versus", "vs", "least", "most",
        "above", "below", "under", "over", "within", "from",
    }.ToFrozenSet(StringComparer.Ordinal);

    public override RuleDescriptor Descriptor { get; } = new("CV402", "unmeasurable-criteria", DiagnosticSeverity.Warning,
        "The test's criteria have no threshold: no number, percentage, count or comparison.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        var tests = context.Model.OwnTests.ToList();
        foreach (var test in tests)
        {
            if (test.Field("criteria")?.Text is not { } criteria || string.IsNullOrWhiteSpace(criteria.Value))
            {
                continue;
            }

            var words = Tokenizer.Tokenize(criteria.Value);
            var language = FileLanguage.Of(context.Model, criteria.Value);
            var measured = language switch
            {
                NaturalLanguage.English => HasThreshold(words),
                var other when other.IsRead() => HasThreshold(LanguageKit.For(other), words),
                _ => true, // a language the rule cannot read: silent
            };
            if (measured)
            {
                continue;
            }

            context.Report(criteria.Span,
                $"the criteria of test `{test.Name}` (\"{Model.Entry.Shorten(criteria.Value)}\") give no threshold: write the result that proves you right as a number, a share or a comparison, such as \"at least 40 of 200 visitors sign up\"");
        }
    }

    /// <summary>A threshold in another read language: a number, a count word or a comparison (Lexicons/&lt;code&gt;/measure.txt).</summary>
    internal static bool HasThreshold(LanguageKit kit, IReadOnlyList<Word> words)
    {
        var measure = kit.Lexicon("measure");
        var counts = measure.Section("count");
        var comparisons = measure.Section("comparison");
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsNumeric && words[i].Kind != WordKind.Time)
            {
                return true;
            }

            var stem = kit.Stem(words[i].Text);
            if (counts.Contains(stem) || comparisons.Contains(stem)
                || (i + 1 < words.Count && comparisons.Contains(stem + " " + kit.Stem(words[i + 1].Text))))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasThreshold(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // A clock time ("the 15:30 slot") names a moment, not an amount.
            if (w.IsNumeric && w.Kind != WordKind.Time)
            {
                return true;
            }

            if (CountWords.Contains(w.Text))
            {
                return true;
            }

            // "from" and "within" compare only when a number follows ("from 48 to 35", "within 90 days"), handled above.
            if (ComparisonWords.Contains(w.Text) && w.Text is not ("from" or "within" or "over" or "under" or "above" or "below"))
            {
                return true;
            }
        }

        return false;
    }
}
