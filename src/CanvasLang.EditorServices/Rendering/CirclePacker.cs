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

    public static ImmutableArray<PlacedNote>? Pack(double top, double bottom, RowSpan span, IReadOnlyList<NoteContent> notes, double font, bool alignRight)
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

            if (TryRows(top, bottom, span, notes, font, width, alignRight) is { } placed)
            {
                return placed;
            }
        }

        return null;
    }

    private static ImmutableArray<PlacedNote>? TryRows(double top, double bottom, RowSpan span, IReadOnlyList<NoteContent> notes, double font, double width, bool alignRight)
    {
        var measured = notes.Select(n => (Note: n, Size: NotePacker.Measure(n, font, width))).ToList();
        var result = ImmutableArray.CreateBuilder<PlacedNote>(notes.Count);
        var y = top;
        var next = 0;
        while (next < measured.Count)
        {
            // Grow the row's note count while the chord at the row's full height still holds them.
            var count = 0;
            var height = 0.0;
            while (next + count < measured.Count)
            {
                var h = Math.Max(height, measured[next + count].Size.Height);
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
                var (note, size) = measured[next + i];
                result.Add(new PlacedNote(note, new Rect(x + i * (width + Gap), y, width, size.Height), font, size.Header, size.Lines));
            }

            next += count;
            y += height + Gap;
        }

        return result.MoveToImmutable();
    }
}
