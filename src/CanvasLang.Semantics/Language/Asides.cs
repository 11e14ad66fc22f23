namespace CanvasLang.Semantics.Language;

/// <summary>
/// Parenthesised asides in an entry: "Bajas ventas (problema de revenue directo)", "Identity
/// (coherence, recognition)". An aside that only lists one-word tags is a label of the entry, not
/// words that describe it, so it does not make the entry longer; an aside that describes ("multiple
/// versions, formula errors") does.
/// </summary>
public static class Asides
{
    /// <summary>How many content words the entry says, less those of asides that are only tag lists; and whether any was left out.</summary>
    public static (int Length, bool TagsLeftOut) DescriptiveLength(string text, IReadOnlyList<Word> words, Func<Word, bool> isContent)
    {
        var length = words.Count(isContent);
        var leftOut = false;
        var open = text.IndexOf('(', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0)
            {
                break;
            }

            var inside = words.Where(w => w.Start > open && w.Start < close).ToList();
            if (inside.Count > 0 && IsTagList(text, inside, isContent))
            {
                length -= inside.Count(isContent);
                leftOut = true;
            }

            open = text.IndexOf('(', close + 1);
        }

        return (length, leftOut);
    }

    // Every item between commas or slashes holds exactly one content word.
    private static bool IsTagList(string text, List<Word> inside, Func<Word, bool> isContent)
    {
        var contentInItem = 0;
        for (var i = 0; i < inside.Count; i++)
        {
            if (isContent(inside[i]))
            {
                contentInItem++;
            }

            var last = i == inside.Count - 1;
            var gapEnd = last ? inside[i].Start + inside[i].Length : inside[i + 1].Start;
            var gap = text.AsSpan(inside[i].Start + inside[i].Length, gapEnd - inside[i].Start - inside[i].Length);
            if (last || gap.IndexOfAny(",/;") >= 0)
            {
                if (contentInItem != 1)
                {
                    return false;
                }

                contentInItem = 0;
            }
        }

        return true;
    }
}
