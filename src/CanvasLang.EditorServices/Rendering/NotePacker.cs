using System.Collections.Immutable;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// Places sticky notes in an area: the largest font and fewest columns that fit, notes dropped into
/// the shortest column in written order. Returns null when even the smallest font does not fit, so
/// the layout can grow the canvas instead of letting notes overflow.
/// </summary>
internal static class NotePacker
{
    public static readonly double[] FontSizes = [12, 11, 10, 9, 8];
    private const double MaxNoteWidth = 230;
    private const double MinNoteWidth = 64;
    private const double Gap = 6;

    public static ImmutableArray<PlacedNote>? Pack(Rect region, IReadOnlyList<NoteContent> notes, bool growDown = false, double? onlyFont = null)
    {
        if (notes.Count == 0)
        {
            return [];
        }

        foreach (var font in onlyFont is { } f ? [f] : FontSizes)
        {
            var fewest = Math.Max(1, (int)Math.Ceiling((region.Width + Gap) / (MaxNoteWidth + Gap)));
            for (var columns = fewest; ; columns++)
            {
                var width = (region.Width - (columns - 1) * Gap) / columns;
                if (width < Math.Max(MinNoteWidth, font * 6) || columns > notes.Count && columns > fewest)
                {
                    break;
                }

                var placed = TryColumns(region, notes, font, columns, width, growDown);
                if (placed is not null)
                {
                    return placed;
                }
            }
        }

        return null;
    }

    private static ImmutableArray<PlacedNote>? TryColumns(Rect region, IReadOnlyList<NoteContent> notes, double font, int columns, double width, bool growDown)
    {
        var heights = new double[columns];
        var result = ImmutableArray.CreateBuilder<PlacedNote>(notes.Count);
        foreach (var note in notes)
        {
            var (header, lines, height) = Measure(note, font, width);
            var column = Array.IndexOf(heights, heights.Min());
            var top = heights[column];
            if (!growDown && top + height > region.Height + 0.01)
            {
                return null;
            }

            var box = new Rect(region.X + column * (width + Gap), region.Y + top, width, height);
            result.Add(new PlacedNote(note, box, font, header, lines));
            heights[column] = top + height + Gap;
        }

        return result.MoveToImmutable();
    }

    /// <summary>Header and text lines of a note at a font size and width, and the note's height.</summary>
    public static (ImmutableArray<string> Header, ImmutableArray<string> Lines, double Height) Measure(NoteContent note, double font, double width)
    {
        var m = NoteMetrics.For(font);
        var inner = width - 2 * m.Padding - (note.Stripe is null ? 0 : m.Stripe);
        var header = note.Header.Length == 0 ? [] : TextMetrics.Wrap(note.Header, m.HeaderFont, inner, bold: true);
        var lines = note.Paragraphs.SelectMany(p => TextMetrics.Wrap(p, font, inner)).ToList();
        var height = 2 * m.Padding + header.Count * m.HeaderLine + (header.Count > 0 ? m.HeaderGap : 0) + lines.Count * m.TextLine;
        return ([.. header], [.. lines], height);
    }
}

/// <summary>Spacing inside a note, all proportional to the font size.</summary>
internal readonly record struct NoteMetrics(double Font, double HeaderFont, double Padding, double HeaderLine, double HeaderGap, double TextLine, double Stripe)
{
    public static NoteMetrics For(double font) =>
        new(font, font * 0.8, font * 0.55, font * 0.8 * 1.25, font * 0.25, font * 1.25, font * 0.4);
}
