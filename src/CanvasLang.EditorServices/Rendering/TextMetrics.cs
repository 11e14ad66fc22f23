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

    public static double Width(string text, double fontSize, bool bold = false)
    {
        double units = 0;
        foreach (var c in text)
        {
            units += CharUnits(c);
        }

        return units / 1000 * fontSize * Safety * (bold ? BoldFactor : 1);
    }

    private static double CharUnits(char c)
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
        if (char.IsLetter(c))
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 0 && decomposed[0] is >= 'A' and <= 'z' && char.IsLetter(decomposed[0]))
            {
                return Widths[decomposed[0] - 32];
            }
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format ? 0 : 1000;
    }

    /// <summary>Wraps at spaces to fit <paramref name="maxWidth"/>; a word longer than a line is split by characters.</summary>
    public static List<string> Wrap(string text, double fontSize, double maxWidth, bool bold = false)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Width(candidate, fontSize, bold) <= maxWidth)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            while (Width(current, fontSize, bold) > maxWidth && current.Length > 1)
            {
                var fit = 1;
                while (fit < current.Length && Width(current[..(fit + 1)], fontSize, bold) <= maxWidth)
                {
                    fit++;
                }

                lines.Add(current[..fit]);
                current = current[fit..];
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
