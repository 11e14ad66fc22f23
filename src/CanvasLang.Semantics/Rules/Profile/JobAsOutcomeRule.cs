using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// CV105: a job phrased as an outcome ("Save time", "Faster invoicing", "Being healthier"). A verb
/// acting on a named object or with a measurable target ("Reduce the grocery bill to under €80") is a task.
/// </summary>
public sealed class JobAsOutcomeRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV105", "job-as-outcome", DiagnosticSeverity.Warning,
        "A job phrased as an outcome or benefit rather than a task: \"Save time\", \"Lower costs\", \"Faster checkout\", \"Being healthier\".")
    {
        ReadsWords = true,
        IsHeuristic = true,
        Fix = "Move the entry to the gains as a `desired gain`, keeping its id, text and rank.",
    };

    // Whether a text reads as an outcome depends on its words alone: remembered per text.
    private static readonly ReadingMemo<string?> Shape = new();

    public override void Analyze(RuleContext context)
    {
        foreach (var profile in context.Model.OwnProfiles)
        {
            foreach (var reading in ProfileReading.Read(context.Model, profile))
            {
                var job = reading.Entry;
                if (job.Area != CanvasArea.Jobs || ShapeOf(reading) is not { } shape)
                {
                    continue;
                }

                context.Report(
                    reading.Span,
                    $"{reading.Quoted} is an outcome ({shape}), not a task: move it to the gains, and write the job it serves as what the customer does",
                    [MoveToGains(context.Text, profile, job)]);
            }
        }
    }

    // The shape in another read language; per text and language.
    private static readonly ReadingMemo<string?> ShapeInLanguage = new();

    private static string? ShapeOf(EntryReading reading) => reading.Language switch
    {
        NaturalLanguage.English => reading.Reading.Remember(Shape, r => OutcomeShape(r.Words)),
        var language when language.IsRead() => reading.Reading.Remember(ShapeInLanguage, language,
            (r, l) => OutcomeInLanguage.Shape(LanguageKit.For(l), r.Words)),
        _ => null, // a language the rule cannot read: silent
    };

    /// <summary>Why the words read as an outcome, or null when they read as a task.</summary>
    internal static string? OutcomeShape(IReadOnlyList<Word> words)
    {
        if (words.Count == 0 || words.Any(w => w.IsNumeric))
        {
            return null;
        }

        var text = string.Join(' ', words.Select(w => w.Text));
        if (Lexicon.OutcomePhrases.FirstOrDefault(p => text.StartsWith(p, StringComparison.Ordinal)) is { } phrase)
        {
            return $"'{phrase}'";
        }

        var first = words[0].Text;
        var second = words.Count > 1 ? words[1].Text : null;
        if (Lexicon.OutcomeVerbs.Contains(first) && second is not null && !Lexicon.Determiners.Contains(second)
            && words.Skip(1).Take(2).FirstOrDefault(w => Lexicon.OutcomeNouns.Contains(w.Text)) is { } noun)
        {
            return $"'{first} {noun.Text}' names a result";
        }

        if (IsComparative(first) && (second is null || (!Lexicon.Determiners.Contains(second) && !Lexicon.Stop.Contains(second))))
        {
            return $"'{first}' compares with today";
        }

        if (first == "being" && second is not null && (IsComparative(second) || Lexicon.OutcomeAdjectives.Contains(second)))
        {
            return $"'being {second}' is a state";
        }

        // "Improved fluency": a participle of an outcome verb before a noun.
        if (first.EndsWith("ed", StringComparison.Ordinal) && second is not null && !Lexicon.Stop.Contains(second)
            && Lexicon.OutcomeVerbs.Any(v => first == v + "d" || first == v + "ed"))
        {
            return $"'{first}' describes a result";
        }

        return null;
    }

    private static bool IsComparative(string word) =>
        Morphology.ComparativeBase(word, b => Lexicon.OutcomeAdjectives.Contains(b) || Lexicon.Vague.Contains(b)) is not null;

    /// <summary>Rewrites the job as a desired gain at the end of the gains: id, text and rank kept, importance as relevance.</summary>
    private static CodeFix MoveToGains(SourceText text, Model.Profile profile, Entry job)
    {
        var parts = new List<string> { "desired gain" };
        if (job.Id is { } id)
        {
            parts.Add(id);
        }

        parts.Add(EntryEdits.QuotedSource(text, job));
        if (job.Level is { } level)
        {
            parts.Add($"relevance {ProfileReading.RelevanceWord(level)}");
        }

        if (job.Order is { } order)
        {
            parts.Add($"rank {order}");
        }

        var line = string.Join(' ', parts);
        // After the last gain; without gains, after the last other entry, so the two edits never overlap.
        var anchor = profile.Gains.LastOrDefault() ?? profile.Entries.LastOrDefault(e => e != job);
        var insert = anchor is not null
            ? EntryEdits.InsertAfter(text, anchor.Span, [line])
            : EntryEdits.InsertAtEnd(text, profile.Syntax with { Entries = [] }, [line]);
        return new CodeFix("Move to gains as a desired gain", [EntryEdits.Delete(text, job), insert]);
    }
}
