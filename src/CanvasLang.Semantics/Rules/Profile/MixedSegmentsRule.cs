using System.Collections.Frozen;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// CV103: an entry that belongs to another kind of customer. Its subject is a whole group other than
/// the profile's segment: a bare plural opening the entry ("Tutors spend their Sundays…") that names
/// another declared segment, or a customer-type noun followed by what that group wants, needs or
/// suffers ("Professors want…"). A group that only takes part ("Get the kids to school", "The tutor
/// cancels") is the customer's world, not another segment.
/// </summary>
public sealed class MixedSegmentsRule : CanvasRule
{
    // Verbs that make the subject the one who wants, needs, gains or suffers.
    private static readonly FrozenSet<string> ExperiencerVerbs = FrozenSet.Create(StringComparer.Ordinal,
    [
        "want", "wants", "need", "needs", "have", "has", "spend", "spends", "lose", "loses", "get", "gets", "struggle", "struggles",
        "see", "sees", "worry", "worries", "wish", "wishes", "hate", "hates", "fear", "fears", "feel", "feels", "enjoy", "enjoys",
        "earn", "earns", "waste", "wastes", "must", "can't", "cannot", "prefer", "prefers", "expect", "expect", "like", "likes", "make", "miss",
    ]);

    public override RuleDescriptor Descriptor { get; } = new("CV103", "mixed-segments", DiagnosticSeverity.Warning,
        "Entries of one profile that belong to another customer segment: another declared segment (by name or aka) or another kind of customer is the one who wants, needs or suffers.")
    {
        ReadsWords = true,
        IsHeuristic = true,
        Fix = "Move the entry to the other segment's profile, when it has one.",
    };

    // What an entry's opening says about who speaks depends on its text alone: remembered per text.
    private static readonly ReadingMemo<OpeningGroup?> Opening = new();

    private static readonly ReadingMemo<string> SingularForm = new();

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        var others = model.Segments.Values.ToList();
        foreach (var profile in model.OwnProfiles)
        {
            var own = model.Segments.GetValueOrDefault(profile.SegmentName);
            var ownWords = own is null ? [] : TextSimilarity.ContentStems(string.Join(' ', new[] { own.Name.Replace('_', ' '), own.Description ?? string.Empty }.Concat(own.Aliases)));
            foreach (var entry in ProfileReading.Read(model, profile))
            {
                if (!entry.IsEnglish || entry.Reading.Remember(Opening, OpeningGroup.Of) is not { } subject)
                {
                    continue;
                }

                var phrase = subject.Phrase;
                if (ownWords.Contains(subject.HeadStem) || Declares(context.Model.Readings, own, subject))
                {
                    continue;
                }

                var other = others.FirstOrDefault(s => s != own && Declares(context.Model.Readings, s, subject));
                if (other is null && !subject.IsCustomerType)
                {
                    continue;
                }

                var fixes = other is not null && model.ProfileOf(other.Name) is { } target && target != profile && model.IsOwnPath(target.Location.Path)
                    ? [MoveTo(context.Text, entry.Entry, target)]
                    : default(System.Collections.Immutable.ImmutableArray<CodeFix>);
                var whose = other is not null ? $"segment `{other.Name}`" : $"'{phrase}', not `{profile.SegmentName}`";
                context.Report(entry.Span,
                    $"{entry.Quoted} is about {whose}: keep one segment per profile, and move it to that segment's profile or rewrite it from `{profile.SegmentName}`'s side",
                    fixes);
            }
        }
    }

    /// <summary>An entry opening with a group that wants, needs or suffers: the group's words and what they are compared by.</summary>
    private sealed record OpeningGroup(string Phrase, string HeadStem, string SingularPhrase, bool IsCustomerType)
    {
        public static OpeningGroup? Of(TextReading reading)
        {
            // In the "Label: description" style the description is a sentence of its own with its own subject.
            if (GroupAndVerb(reading.Words) is not { } subject)
            {
                var part = DescriptionStart(reading);
                if (part < 0 || GroupAndVerb([.. reading.Words.Skip(part)]) is not { } described)
                {
                    return null;
                }

                subject = described;
            }

            var phrase = string.Join(' ', subject.Words.Select(w => w.Text));
            var head = subject.Words[^1].Text;
            return new OpeningGroup(phrase, Morphology.Stem(head), Singulars(phrase),
                Lexicon.CustomerNouns.Contains(head) && ExperiencerVerbs.Contains(subject.Verb));
        }
    }

    private static (IReadOnlyList<Word> Words, string Verb)? GroupAndVerb(IReadOnlyList<Word> words) =>
        Subject(words) is { Verb: { } verb } subject ? (subject.Words, verb) : null;

    /// <summary>Where the description of a "Label: description" entry starts, or -1.</summary>
    private static int DescriptionStart(TextReading reading)
    {
        var words = reading.Words;
        for (var i = 1; i < words.Length; i++)
        {
            var gap = reading.Text.AsSpan(words[i - 1].Start + words[i - 1].Length, words[i].Start - words[i - 1].Start - words[i - 1].Length);
            if (gap.IndexOfAny(":—–") >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The opening bare plural noun phrase (no determiner) and the verb after it, if the entry opens that way.</summary>
    internal static (IReadOnlyList<Word> Words, string? Verb)? Subject(IReadOnlyList<Word> words)
    {
        var n = 0;
        while (n < words.Count && n < 3 && words[n].Kind == WordKind.Word && !Lexicon.Stop.Contains(words[n].Text)
            && !ExperiencerVerbs.Contains(words[n].Text) && !Lexicon.Determiners.Contains(words[n].Text))
        {
            n++;
            if (words[n - 1].Text.EndsWith('s') || words[n - 1].Text is "staff" or "children" or "people")
            {
                break;
            }
        }

        if (n == 0 || n >= words.Count || words[n - 1].EndsClause)
        {
            return null;
        }

        var head = words[n - 1].Text;
        if (!(head.EndsWith('s') || head is "staff" or "children" or "people"))
        {
            return null;
        }

        // "Nurses and staff must…": a coordinated group is one subject.
        if (n + 2 < words.Count && words[n].Text is "and" or "or" && IsGroupNoun(words[n + 1].Text))
        {
            n += 2;
        }

        var verb = words[n].Text;
        return Lexicon.BeVerbs.Contains(verb) || Lexicon.Stop.Contains(verb) && !ExperiencerVerbs.Contains(verb) ? ([.. words.Take(n)], null) : ([.. words.Take(n)], verb);
    }

    private static bool IsGroupNoun(string word) => Lexicon.CustomerNouns.Contains(word) || word is "staff" or "people";

    private static bool Declares(ReadingStore readings, Segment? segment, OpeningGroup subject)
    {
        if (segment is null)
        {
            return false;
        }

        return Matches(readings, segment.Name.Replace('_', ' '), subject) || segment.Aliases.Any(a => Matches(readings, a, subject));
    }

    private static bool Matches(ReadingStore readings, string name, OpeningGroup subject)
    {
        var a = readings.Of(name).Remember(SingularForm, r => Singulars(r.Text));
        var b = subject.SingularPhrase;
        return a == b || b.EndsWith(" " + a, StringComparison.Ordinal);
    }

    /// <summary>The words of a name or phrase, each singular, joined by spaces: what names are compared by.</summary>
    private static string Singulars(string text) => string.Join(' ', Tokenizer.Tokenize(text).Select(w => Morphology.Singular(w.Text)));

    private static CodeFix MoveTo(SourceText text, Entry entry, Model.Profile target)
    {
        var line = $"{entry.KindLabel}{(entry.Id is { } id ? " " + id : string.Empty)} {EntryEdits.QuotedSource(text, entry)}"
            + string.Concat(entry.Syntax.Attributes.Select(a => " " + text[a.Span]));
        var anchor = target.Entries.LastOrDefault(e => e.Area == entry.Area) ?? target.Entries.LastOrDefault();
        var insert = anchor is not null ? EntryEdits.InsertAfter(text, anchor.Span, [line]) : EntryEdits.InsertAtEnd(text, target.Syntax, [line]);
        return new CodeFix($"Move entry to profile `{target.SegmentName}`", [EntryEdits.Delete(text, entry), insert]) { IsMechanical = false };
    }
}
