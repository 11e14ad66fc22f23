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

    public static ImmutableArray<PlacedNote>? Pack(Rect region, IReadOnlyList<NoteContent> notes, NoteMeasurer measurer, bool growDown = false, double? onlyFont = null)
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

                var placed = TryColumns(region, notes, font, columns, width, growDown, measurer);
                if (placed is not null)
                {
                    return placed;
                }
            }
        }

        return null;
    }

    private static ImmutableArray<PlacedNote>? TryColumns(Rect region, IReadOnlyList<NoteContent> notes, double font, int columns, double width, bool growDown, NoteMeasurer measurer)
    {
        // Placed notes fill each column to at most the region's height and a gap: when even their least
        // heights overfill all columns, this try cannot fit, and wrapping every note would only prove it.
        if (!growDown)
        {
            var least = 0.0;
            foreach (var note in notes)
            {
                least += measurer.LeastHeight(note, font, width) + Gap;
            }

            if (least > columns * (region.Height + 0.01 + Gap) * (1 + 1e-9))
            {
                return null;
            }
        }

        var heights = new double[columns];
        var boxes = new Rect[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            var height = measurer.Height(notes[i], font, width);
            var column = Array.IndexOf(heights, heights.Min());
            var top = heights[column];
            if (!growDown && top + height > region.Height + 0.01)
            {
                return null;
            }

            boxes[i] = new Rect(region.X + column * (width + Gap), region.Y + top, width, height);
            heights[column] = top + height + Gap;
        }

        // Lines are made only for the notes that stay where they were tried.
        var result = ImmutableArray.CreateBuilder<PlacedNote>(notes.Count);
        for (var i = 0; i < notes.Count; i++)
        {
            result.Add(measurer.Place(notes[i], boxes[i], font));
        }

        return result.MoveToImmutable();
    }
}

/// <summary>Spacing inside a note, all proportional to the font size.</summary>
internal readonly record struct NoteMetrics(double Font, double HeaderFont, double Padding, double HeaderLine, double HeaderGap, double TextLine, double Stripe)
{
    public static NoteMetrics For(double font) =>
        new(font, font * 0.8, font * 0.55, font * 0.8 * 1.25, font * 0.25, font * 1.25, font * 0.4);

    public double Height(int headerLines, int textLines) =>
        2 * Padding + headerLines * HeaderLine + (headerLines > 0 ? HeaderGap : 0) + textLines * TextLine;
}
