using System.Globalization;
using System.Text;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// Text width estimated from Helvetica/Arial advance widths (Liberation Sans has the same metrics), so
/// wrapping needs no font engine and gives the same result everywhere. Estimates err on the wide side:
/// a note may keep a little spare room, but text never runs out of its box.
/// </summary>
internal static class TextMetrics
{
    /// <summary>The font the widths are for, first in the SVG's font-family list.</summary>
    public const string FontFamily = "Arial, 'Liberation Sans', Helvetica, sans-serif";

    // Advance widths of ASCII 32..126 in thousandths of an em (Helvetica AFM).
    private static readonly short[] Widths =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    private const double Safety = 1.05;
    private const double BoldFactor = 1.1;

    // Units of every UTF-16 code unit met so far (-1: not yet known): normalizing a character to
    // find its base letter allocates, and long texts repeat the same few characters.
    private static readonly short[] Known = CreateKnown();

    /// <summary>Characters whose width was summed on this thread: lets tests see that wrapping is linear.</summary>
    [ThreadStatic]
    internal static long MeasuredCharacters;

    public static double Width(string text, double fontSize, bool bold = false) => Scale(Units(text, 0, text.Length), fontSize, bold);

    // Widths are sums of whole units scaled once, so a width built up piece by piece equals the width of the whole, bit for bit.
    private static double Scale(double units, double fontSize, bool bold) => units / 1000 * fontSize * Safety * (bold ? BoldFactor : 1);

    /// <summary>The letters' total width (spaces left out) and the widest letter, in units: what bounds the lines of a text from below.</summary>
    public static TextExtent Extent(string text)
    {
        MeasuredCharacters += text.Length;
        double units = 0;
        double widest = 0;
        foreach (var c in text)
        {
            if (c != ' ')
            {
                var u = CharUnits(c);
                units += u;
                widest = Math.Max(widest, u);
            }
        }

        return new TextExtent(units, widest);
    }

    /// <summary>
    /// At least as many lines as <see cref="Wrap(string, double, double, bool)"/> gives: no line it makes is
    /// wider than the wider of <paramref name="maxWidth"/> and the widest letter, and the letters fill them.
    /// </summary>
    public static int FewestLines(TextExtent extent, double fontSize, double maxWidth, bool bold = false)
    {
        var perLine = Math.Max(maxWidth, Scale(extent.Widest, fontSize, bold));
        // The slack keeps rounding from ever making the bound one line more than the truth.
        return perLine <= 0 ? 1 : Math.Max(1, (int)Math.Ceiling(Scale(extent.Units, fontSize, bold) / perLine * (1 - 1e-9)));
    }

    private static double Units(string text, int start, int end)
    {
        MeasuredCharacters += end - start;
        double units = 0;
        for (var i = start; i < end; i++)
        {
            units += CharUnits(text[i]);
        }

        return units;
    }

    private static short CharUnits(char c)
    {
        var known = Known[c];
        if (known < 0)
        {
            // Racing threads write the same value: no lock needed.
            Known[c] = known = ComputeUnits(c);
        }

        return known;
    }

    private static short[] CreateKnown()
    {
        var known = new short[char.MaxValue + 1];
        Array.Fill(known, (short)-1);
        return known;
    }

    private static short ComputeUnits(char c)
    {
        if (c >= 32 && c <= 126)
        {
            return Widths[c - 32];
        }

        // Each half of a pair (emoji, other planes) or a lone half counts a full em, as under invariant
        // globalization; with ICU, normalizing a half alone throws.
        if (char.IsSurrogate(c))
        {
            return 1000;
        }

        // Accented letters are as wide as their base letter; anything else (symbols, CJK) counts as a full
        // em. Only letters are normalized: ICU refuses noncharacters such as U+FFFE.
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (char.IsLetter(c))
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 0 && decomposed[0] is >= 'A' and <= 'z' && char.IsLetter(decomposed[0]))
            {
                return Widths[decomposed[0] - 32];
            }
        }

        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format ? (short)0 : (short)1000;
    }

    /// <summary>
    /// Wraps at spaces to fit <paramref name="maxWidth"/>; a word longer than a line is split by
    /// characters. Linear in the text's length: each character's width is summed once, into the
    /// running width of the line or of the word it belongs to.
    /// </summary>
    public static List<string> Wrap(string text, double fontSize, double maxWidth, bool bold = false)
    {
        var lines = new List<string>();
        Wrap(text, fontSize, maxWidth, bold, lines);
        return lines;
    }

    /// <summary>
    /// <see cref="Wrap(string, double, double, bool)"/> kept to <paramref name="maxLines"/> lines, the last one
    /// cut to end in "…" when text was left out. Linear: the text is wrapped once, the cut line measured once.
    /// </summary>
    public static List<string> WrapAtMost(string text, double fontSize, double maxWidth, int maxLines, bool bold = false)
    {
        var lines = Wrap(text, fontSize, maxWidth, bold);
        if (lines.Count > maxLines)
        {
            lines.RemoveRange(maxLines, lines.Count - maxLines);
            lines[^1] = Ellipsized(lines[^1], fontSize, maxWidth, bold);
        }

        return lines;
    }

    /// <summary>The line with "…" at its end, characters dropped from the end until both fit: each one's width is taken off once.</summary>
    private static string Ellipsized(string line, double fontSize, double maxWidth, bool bold)
    {
        var ellipsis = CharUnits('…');
        var units = Units(line, 0, line.Length);
        var end = line.Length;
        while (end > 0 && Scale(units + ellipsis, fontSize, bold) > maxWidth)
        {
            units -= CharUnits(line[--end]);
        }

        // A surrogate pair goes whole: half of one would be drawn as the replacement character.
        if (end > 0 && char.IsHighSurrogate(line[end - 1]))
        {
            end--;
        }

        return string.Concat(line.AsSpan(0, end).TrimEnd(' '), "…");
    }

    /// <summary>How many lines <see cref="Wrap(string, double, double, bool)"/> gives, without making them.</summary>
    public static int LineCount(string text, double fontSize, double maxWidth, bool bold = false) => Wrap(text, fontSize, maxWidth, bold, null);

    private static int Wrap(string text, double fontSize, double maxWidth, bool bold, List<string>? lines)
    {
        var count = 0;
        var current = lines is null ? null : new StringBuilder();
        var currentLength = 0;
        double currentUnits = 0;
        var space = CharUnits(' ');
        var start = 0;
        void Add(string? line)
        {
            count++;
            lines?.Add(line!);
        }

        while (NextWord(text, ref start) is var (from, to) && from < to)
        {
            var wordUnits = Units(text, from, to);
            var candidate = currentLength == 0 ? wordUnits : currentUnits + space + wordUnits;
            if (Scale(candidate, fontSize, bold) <= maxWidth)
            {
                (currentLength == 0 ? current : current?.Append(' '))?.Append(text, from, to - from);
                currentLength += (currentLength == 0 ? 0 : 1) + to - from;
                currentUnits = candidate;
                continue;
            }

            if (currentLength > 0)
            {
                Add(current?.ToString());
                current?.Clear();
            }

            // The word alone: as many characters per line as fit (at least one), the rest on the next.
            while (Scale(wordUnits, fontSize, bold) > maxWidth && to - from > 1)
            {
                var fit = 1;
                double fitUnits = CharUnits(text[from]);
                while (from + fit < to && Scale(fitUnits + CharUnits(text[from + fit]), fontSize, bold) <= maxWidth)
                {
                    fitUnits += CharUnits(text[from + fit]);
                    fit++;
                }

                MeasuredCharacters += fit + 1;
                Add(lines is null ? null : text.Substring(from, fit));
                from += fit;
                wordUnits -= fitUnits;
            }

            current?.Append(text, from, to - from);
            currentLength = to - from;
            currentUnits = wordUnits;
        }

        if (currentLength > 0 || count == 0)
        {
            Add(current?.ToString());
        }

        return count;
    }

    /// <summary>The next run of characters other than the space from <paramref name="start"/>, as [from, to); empty at the end.</summary>
    private static (int From, int To) NextWord(string text, ref int start)
    {
        var from = start;
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        var to = text.IndexOf(' ', from);
        to = to < 0 ? text.Length : to;
        start = to;
        return (from, to);
    }
}

/// <summary>A text's letters' total width (spaces left out) and its widest letter, in thousandths of an em.</summary>
internal readonly record struct TextExtent(double Units, double Widest);
