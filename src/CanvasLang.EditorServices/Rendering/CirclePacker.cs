using System.Collections.Immutable;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// Places notes in rows inside a sector of the customer profile circle: each row gets as many notes
/// as the circle's chord allows at that height, so the notes follow the round edge instead of
/// hiding in a rectangle inscribed in it.
/// </summary>
internal static class CirclePacker
{
    private static readonly double[] NoteWidths = [230, 200, 170, 145, 125, 108, 94, 82, 72, 64];
    private const double Gap = 6;

    /// <summary>Where a row spanning [top, bottom] may put notes: its left and right x (left ≥ right means nowhere).</summary>
    public delegate (double Left, double Right) RowSpan(double top, double bottom);

    public static ImmutableArray<PlacedNote>? Pack(double top, double bottom, RowSpan span, IReadOnlyList<NoteContent> notes, double font, bool alignRight, NoteMeasurer measurer)
    {
        if (notes.Count == 0)
        {
            return [];
        }

        foreach (var width in NoteWidths)
        {
            if (width < font * 6)
            {
                break;
            }

            if (TryRows(top, bottom, span, notes, font, width, alignRight, measurer) is { } placed)
            {
                return placed;
            }
        }

        return null;
    }

    private static ImmutableArray<PlacedNote>? TryRows(double top, double bottom, RowSpan span, IReadOnlyList<NoteContent> notes, double font, double width, bool alignRight, NoteMeasurer measurer)
    {
        // The widths are the same at every size of the canvas: the heights are measured once for all of them.
        var heights = measurer.Heights(notes, font, width);
        var boxes = new Rect[notes.Count];
        var y = top;
        var next = 0;
        while (next < notes.Count)
        {
            measurer.Cancellation.ThrowIfCancellationRequested();

            // Grow the row's note count while the chord at the row's full height still holds them.
            var count = 0;
            var height = 0.0;
            while (next + count < notes.Count)
            {
                var h = Math.Max(height, heights[next + count]);
                var (left, right) = span(y, y + h);
                if ((count + 1) * width + count * Gap > right - left)
                {
                    break;
                }

                count++;
                height = h;
            }

            if (count == 0)
            {
                y += 4;
                if (y > bottom)
                {
                    return null;
                }

                continue;
            }

            if (y + height > bottom)
            {
                return null;
            }

            var (l, r) = span(y, y + height);
            var rowWidth = count * width + (count - 1) * Gap;
            // Rows line up along the circle's dividing line, like notes stuck next to the drawn line.
            var x = alignRight ? r - rowWidth : l;
            for (var i = 0; i < count; i++)
            {
                boxes[next + i] = new Rect(x + i * (width + Gap), y, width, heights[next + i]);
            }

            next += count;
            y += height + Gap;
        }

        var result = ImmutableArray.CreateBuilder<PlacedNote>(notes.Count);
        for (var i = 0; i < notes.Count; i++)
        {
            result.Add(measurer.Place(notes[i], boxes[i], font));
        }

        return result.MoveToImmutable();
    }
}
