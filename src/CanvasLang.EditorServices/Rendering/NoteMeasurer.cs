using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// Sizes notes for one layout and carries its cancellation. The layout grows a canvas step by step and
/// tries every font size and note width at each step, so the heights of an area's notes at the circle's
/// fixed widths are remembered: each is measured once however many steps try it. Only heights are
/// kept (lines are made for the notes finally placed), so memory stays a few numbers per note.
/// </summary>
internal sealed class NoteMeasurer(CancellationToken cancellation)
{
    private readonly Dictionary<HeightsKey, double[]> remembered = [];
    private readonly Dictionary<NoteContent, (TextExtent Header, TextExtent[] Paragraphs)> extents = new(ReferenceEqualityComparer.Instance);

    public CancellationToken Cancellation => cancellation;

    /// <summary>The heights of <paramref name="notes"/> at a font size and width, remembered for the next ask.</summary>
    public double[] Heights(IReadOnlyList<NoteContent> notes, double font, double width)
    {
        var key = new HeightsKey(notes, font, width);
        if (!remembered.TryGetValue(key, out var heights))
        {
            heights = new double[notes.Count];
            for (var i = 0; i < heights.Length; i++)
            {
                heights[i] = Height(notes[i], font, width);
            }

            remembered[key] = heights;
        }

        return heights;
    }

    /// <summary>A note's height at a font size and width, as <see cref="Measure"/> gives it, without making its lines.</summary>
    public double Height(NoteContent note, double font, double width)
    {
        cancellation.ThrowIfCancellationRequested();
        var m = NoteMetrics.For(font);
        var inner = Inner(note, m, width);
        var header = note.Header.Length == 0 ? 0 : TextMetrics.LineCount(note.Header, m.HeaderFont, inner, bold: true);
        var lines = 0;
        foreach (var paragraph in note.Paragraphs)
        {
            lines += TextMetrics.LineCount(paragraph, font, inner);
        }

        return m.Height(header, lines);
    }

    /// <summary>
    /// No more than <see cref="Height"/>, found without wrapping (from each text's <see cref="TextExtent"/>,
    /// taken once per note): lets a packer turn down a try that cannot fit at the cost of a sum.
    /// </summary>
    public double LeastHeight(NoteContent note, double font, double width)
    {
        if (!extents.TryGetValue(note, out var extent))
        {
            extents[note] = extent = (TextMetrics.Extent(note.Header), [.. note.Paragraphs.Select(TextMetrics.Extent)]);
        }

        var m = NoteMetrics.For(font);
        var inner = Inner(note, m, width);
        var header = note.Header.Length == 0 ? 0 : TextMetrics.FewestLines(extent.Header, m.HeaderFont, inner, bold: true);
        var lines = 0;
        foreach (var paragraph in extent.Paragraphs)
        {
            lines += TextMetrics.FewestLines(paragraph, font, inner);
        }

        return m.Height(header, lines);
    }

    /// <summary>Header and text lines of a note at a font size and width, and the note's height.</summary>
    public (ImmutableArray<string> Header, ImmutableArray<string> Lines, double Height) Measure(NoteContent note, double font, double width)
    {
        cancellation.ThrowIfCancellationRequested();
        var m = NoteMetrics.For(font);
        var inner = Inner(note, m, width);
        var header = note.Header.Length == 0 ? [] : TextMetrics.Wrap(note.Header, m.HeaderFont, inner, bold: true);
        var lines = note.Paragraphs.SelectMany(p => TextMetrics.Wrap(p, font, inner)).ToList();
        return ([.. header], [.. lines], m.Height(header.Count, lines.Count));
    }

    public PlacedNote Place(NoteContent note, Rect box, double font)
    {
        var (header, lines, _) = Measure(note, font, box.Width);
        return new PlacedNote(note, box, font, header, lines);
    }

    private static double Inner(NoteContent note, NoteMetrics m, double width) => width - 2 * m.Padding - (note.Stripe is null ? 0 : m.Stripe);

    /// <summary>An area's list of notes by identity (the same list is asked for at every step), with a font size and width.</summary>
    private readonly record struct HeightsKey(IReadOnlyList<NoteContent> Notes, double Font, double Width)
    {
        public bool Equals(HeightsKey other) => ReferenceEquals(Notes, other.Notes) && Font.Equals(other.Font) && Width.Equals(other.Width);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Notes), Font, Width);
    }
}
