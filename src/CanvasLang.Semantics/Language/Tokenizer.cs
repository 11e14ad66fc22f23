using System.Collections.Frozen;
using System.Collections.Immutable;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Language;

/// <summary>What a token of prose is: a plain word or one of the measures that make text concrete.</summary>
public enum WordKind
{
    Word,
    Number,
    Percentage,
    Currency,
    Time,
}

/// <summary>
/// One token of an entry's text: <see cref="Text"/> lower-cased, <see cref="Start"/> relative to the
/// string it came from. <see cref="Original"/> keeps the case (acronyms, product names).
/// <see cref="Joined"/> is true when a hyphen or slash glued it to the previous token ("user-friendly").
/// </summary>
public readonly record struct Word(string Text, string Original, int Start, int Length, WordKind Kind, bool Joined)
{
    public TextSpan Span => new(Start, Length);

    public bool IsNumeric => Kind != WordKind.Word;

    /// <summary>True for an acronym (SSL, CTF) or a CamelCase name (WhatsApp, InvoiceFlow, xAPI).</summary>
    public bool IsNameLike
    {
        get
        {
            if (Kind != WordKind.Word || Original.Length < 2)
            {
                return false;
            }

            var uppers = 0;
            var innerUpper = false;
            for (var i = 0; i < Original.Length; i++)
            {
                if (char.IsUpper(Original[i]))
                {
                    uppers++;
                    innerUpper |= i > 0;
                }
            }

            return uppers == Original.Length || innerUpper;
        }
    }

    /// <summary>True when followed in the source by sentence punctuation that ends a clause.</summary>
    public bool EndsClause { get; init; }

    /// <summary>True for an elided article or preposition split off the word it is glued to (French "l'", Italian "dell'"): never content.</summary>
    public bool Elided { get; init; }

    public override string ToString() => Text;
}

/// <summary>
/// Splits prose into words: letters (any script) with inner apostrophes; numbers with their decimal
/// point, thousands separators, trailing % and leading or trailing currency; clock times (8:10, 18h,
/// 7pm). Hyphens and slashes split words but mark the next one <see cref="Word.Joined"/>. One pass,
/// one string per token.
/// </summary>
public static class Tokenizer
{
    public static ImmutableArray<Word> Tokenize(string text)
    {
        var words = ImmutableArray.CreateBuilder<Word>();
        var i = 0;
        var joined = false;
        var pendingCurrency = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var kind = char.IsDigit(c) ? ReadNumber(text, ref i) : ReadWord(text, ref i);
                var original = text[start..i];
                if (kind == WordKind.Number && i < text.Length && text[i] == '%')
                {
                    kind = WordKind.Percentage;
                    i++;
                }
                else if (kind == WordKind.Number && (pendingCurrency || (i < text.Length && IsCurrencySymbol(text[i]))))
                {
                    kind = WordKind.Currency;
                    if (i < text.Length && IsCurrencySymbol(text[i]))
                    {
                        i++;
                    }
                }

                var endsClause = i < text.Length && text[i] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '—' or '–';
                var (elided, full) = kind == WordKind.Word ? ElidedPrefix(original) : (0, null);
                if (full is not null)
                {
                    words.Add(new Word(full, original[..elided], start, elided, kind, joined) { Elided = true });
                    original = original[elided..];
                    start += elided;
                    joined = false;
                }

                words.Add(new Word(original.ToLowerInvariant(), original, start, i - start, kind, joined) { EndsClause = endsClause });
                joined = false;
                pendingCurrency = false;
                continue;
            }

            // A hyphen or slash between two tokens glues them ("pick-up", "SMS/WhatsApp").
            joined = (c is '-' or '/') && words.Count > 0 && words[^1].Start + words[^1].Length == i;
            pendingCurrency = IsCurrencySymbol(c);
            i++;
        }

        return words.ToImmutable();
    }

    /// <summary>Words as quoted in a message: joined by spaces, except after an elided form ("d'application").</summary>
    public static string Quote(IEnumerable<Word> words)
    {
        var quoted = new System.Text.StringBuilder();
        var glued = true;
        foreach (var word in words)
        {
            quoted.Append(glued ? string.Empty : " ").Append(word.Original);
            glued = word.Elided;
        }

        return quoted.ToString();
    }

    public static bool IsCurrencySymbol(char c) => c is '€' or '$' or '£' or '¥' or '₹';

    // Elided forms of the languages that write them glued with an apostrophe (Lexicons/<code>/elision.txt).
    // None of them begins an English contraction ("don't", "it's", "we'll"), so splitting them in any
    // text is safe, and it lets language identification see "l" and "dell" before the language is known.
    // Each is read as its full word ("d'" as "de"), so a phrase of a lexicon ("pas de") meets it.
    private static readonly FrozenDictionary<string, string> ElidedForms = new[] { NaturalLanguage.French, NaturalLanguage.Italian }
        .SelectMany(language => LexiconSet.Lines(language, "elision"))
        .Select(line => line.Split(':', 2, StringSplitOptions.TrimEntries))
        .GroupBy(pair => pair[0], StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => group.First()[1], StringComparer.Ordinal);

    // The length of an elided form and its apostrophe at the start of a word ("l'" of "l'app") and its full word, or 0.
    private static (int Length, string? Full) ElidedPrefix(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && apostrophe < word.Length - 1 && ElidedForms.TryGetValue(word[..apostrophe].ToLowerInvariant(), out var full)
            ? (apostrophe + 1, full)
            : (0, null);
    }

    private static WordKind ReadWord(string text, ref int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c is '\'' or '’') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return WordKind.Word;
    }

    private static WordKind ReadNumber(string text, ref int i)
    {
        var kind = WordKind.Number;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if ((c is '.' or ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == ':' && i + 2 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]))
            {
                kind = WordKind.Time;
                i++;
            }
            else if (char.IsLetter(c))
            {
                // "18h", "7pm", "1st", "20x", "B2"-like codes stay one token.
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                var suffix = text.AsSpan(start, i - start);
                if (suffix.Equals("h", StringComparison.OrdinalIgnoreCase) || suffix.Equals("am", StringComparison.OrdinalIgnoreCase)
                    || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase) || (suffix.Length > 1 && (suffix[0] is 'h' or 'H') && char.IsDigit(suffix[1])))
                {
                    kind = WordKind.Time;
                }
            }
            else
            {
                break;
            }
        }

        return kind;
    }
}
