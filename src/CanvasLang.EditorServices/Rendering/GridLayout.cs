using System.Collections.Immutable;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>A labelled block of a grid sheet: where it stands on the grid, in cells.</summary>
internal sealed record GridBlock(string Block, string Label, int Col, int Row, int ColSpan, int RowSpan);

/// <summary>
/// Sheets drawn as a grid of labelled blocks of notes (the business model's nine blocks, the empathy
/// map's sections): rows grow together until every block's notes fit.
/// </summary>
internal static class GridLayout
{
    public static Sheet Build(
        SheetKind kind,
        string title,
        string? subtitle,
        IReadOnlyList<GridBlock> blocks,
        (int Columns, int Rows) grid,
        IReadOnlyDictionary<string, List<NoteContent>> items,
        double top,
        double width,
        NoteMeasurer measurer,
        double rowHeightAtFirst = 200)
    {
        var inner = width - 2 * CanvasLayout.Margin;
        for (var rowHeight = rowHeightAtFirst; ; rowHeight *= 1.2)
        {
            var areas = ImmutableArray.CreateBuilder<AreaBox>();
            foreach (var (block, label, col, row, colSpan, rowSpan) in blocks)
            {
                var box = new Rect(CanvasLayout.Margin + col * inner / grid.Columns, top + CanvasLayout.TitleBand + row * rowHeight, colSpan * inner / grid.Columns, rowSpan * rowHeight);
                var region = CanvasLayout.NoteRegion(box);
                if (NotePacker.Pack(region, items.GetValueOrDefault(block) ?? [], measurer) is not { } packed)
                {
                    break;
                }

                areas.Add(new AreaBox(block, label, box, region, packed));
            }

            // Past 20,000 points a row, the notes are drawn as they come rather than grown without end.
            if (areas.Count == blocks.Count || rowHeight > 20000)
            {
                var bounds = new Rect(0, top, width, CanvasLayout.TitleBand + grid.Rows * rowHeight + CanvasLayout.Margin / 2);
                return new Sheet(kind, title, subtitle, bounds, areas.ToImmutable());
            }
        }
    }
}
