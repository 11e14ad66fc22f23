using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Semantics.Language;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// A test one word must pass: the same Snowball stem as one of <see cref="Stems"/>, or exactly one of
/// <see cref="Forms"/> (for forms a stemmer would fold into others: French "achèterait", conditional,
/// and "achète", present, share a stem); or, for <see cref="AnyWord"/> (a pattern's <c>*</c>), any word.
/// </summary>
internal sealed record WordTest(FrozenSet<string> Stems, FrozenSet<string> Forms, bool AnyWord = false)
{
    public static readonly WordTest Any = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty, AnyWord: true);

    public bool Matches(CueText text, int index) =>
        text.IsWord(index) && (AnyWord || Forms.Contains(text.Form(index)) || Stems.Contains(text.Stem(index)));
}

internal enum CueElementKind : byte
{
    /// <summary>The next word passes the test.</summary>
    Word,

    /// <summary>Up to <see cref="CueElement.MaxGap"/> words of the same clause, skipped.</summary>
    Gap,

    /// <summary>
    /// The next word does not pass the test (nothing is consumed; the end of the text passes). As the
    /// first element of a pattern, the word before the match instead.
    /// </summary>
    Not,
}

internal readonly record struct CueElement(CueElementKind Kind, WordTest? Test, int MaxGap = 0);

/// <summary>
/// The words of one text as cue patterns read them: lower-case forms (typographic apostrophes made
/// plain), Snowball stems in the text's language, and where clauses end.
/// </summary>
internal sealed class CueText
{
    private readonly ImmutableArray<Word> words;
    private readonly string[] forms;
    private readonly string?[] stems;

    public CueText(ImmutableArray<Word> words, LanguageKit kit)
    {
        this.words = words;
        forms = new string[words.Length];
        stems = new string?[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            forms[i] = CuePattern.Plain(words[i].Text);
            stems[i] = words[i].Kind == WordKind.Word ? kit.Stem(forms[i]) : null;
        }
    }

    public int Count => words.Length;

    public Word this[int index] => words[index];

    public bool IsWord(int index) => stems[index] is not null;

    public string Form(int index) => forms[index];

    public string Stem(int index) => stems[index]!;

    /// <summary>The words <paramref name="first"/> to <paramref name="last"/> as written in <paramref name="source"/>.</summary>
    public string Quote(string source, int first, int last) => source[words[first].Start..(words[last].Start + words[last].Length)];

    /// <summary>Overlapping matches of one kind as one, from the first word of the first to the last of the longest.</summary>
    public static List<(int First, int Last, TKind Kind)> Merge<TKind>(List<(int First, int Last, TKind Kind)> found)
        where TKind : struct, Enum
    {
        var merged = new List<(int First, int Last, TKind Kind)>();
        foreach (var cue in found.OrderBy(f => f.First).ThenByDescending(f => f.Last))
        {
            var overlapping = merged.FindLastIndex(m => EqualityComparer<TKind>.Default.Equals(m.Kind, cue.Kind) && cue.First <= m.Last);
            if (overlapping >= 0)
            {
                merged[overlapping] = merged[overlapping] with { Last = Math.Max(merged[overlapping].Last, cue.Last) };
            }
            else
            {
                merged.Add(cue);
            }
        }

        return merged;
    }

    /// <summary>True when no clause ends from word <paramref name="from"/> up to the word before <paramref name="to"/>.</summary>
    public bool SameClause(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].EndsClause)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// One cue of a lexicon (<see cref="CueLexicon"/>), such as <c>{conditional} !{perfect} … {use}</c>:
/// a sequence of words, word classes and short gaps, matched within one clause. Backtracks over the
/// gaps; patterns and texts are short, so a text costs a few hundred steps.
/// </summary>
internal sealed class CuePattern(string section, ImmutableArray<CueElement> elements)
{
    /// <summary>The gap <c>…</c> stands for when no number follows it.</summary>
    public const int DefaultGap = 4;

    /// <summary>The section the pattern was written in.</summary>
    public string Section { get; } = section;

    public ImmutableArray<CueElement> Elements { get; } = elements;

    /// <summary>A word as lists and texts are compared: lower case, with a plain apostrophe.</summary>
    public static string Plain(string word) => word.Replace('’', '\'');

    /// <summary>Every match in the text, as (first word, last word), left to right and not overlapping.</summary>
    public IEnumerable<(int First, int Last)> Matches(CueText text)
    {
        for (var start = 0; start < text.Count; start++)
        {
            if (Match(text, 0, start, -1, out var last))
            {
                yield return (start, last);
                start = last;
            }
        }
    }

    private bool Match(CueText text, int element, int at, int last, out int end)
    {
        end = -1;
        if (element == Elements.Length)
        {
            end = last;
            return last >= 0;
        }

        var e = Elements[element];
        switch (e.Kind)
        {
            case CueElementKind.Not:
                var probe = element == 0 ? at - 1 : at;
                var excluded = probe >= 0 && probe < text.Count && e.Test!.Matches(text, probe)
                    && (element != 0 || text.SameClause(probe, at));
                return !excluded && Match(text, element + 1, at, last, out end);
            case CueElementKind.Gap:
                for (var skip = 0; skip <= e.MaxGap && at + skip < text.Count; skip++)
                {
                    if (Match(text, element + 1, at + skip, last, out end))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return at < text.Count && e.Test!.Matches(text, at)
                    && (last < 0 || text.SameClause(last, at))
                    && Match(text, element + 1, at + 1, at, out end);
        }
    }
}
