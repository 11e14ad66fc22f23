using System.Collections.Immutable;
using CanvasLang.Semantics.Model;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// A SWOT analysis as its four quadrants: strengths and weaknesses on the top row (inside the business),
/// opportunities and threats below (outside it), helpful factors on the left, harmful ones on the right;
/// the actions listed across the bottom, each linked to the items it pairs. The rows grow until every
/// note fits, as the business model's grid does.
/// </summary>
internal static class SwotLayout
{
    /// <summary>Room left of the quadrants for the row labels "Internal" and "External".</summary>
    public const double Gutter = 84;

    /// <summary>Room above the quadrants for the column labels "Helpful" and "Harmful".</summary>
    public const double HeaderBand = 24;

    private static readonly (SwotQuadrant Quadrant, string Area, string Label, string Style, int Col, int Row)[] Quadrants =
    [
        (SwotQuadrant.Strengths, "strengths", "Strengths", "strength", 0, 0),
        (SwotQuadrant.Weaknesses, "weaknesses", "Weaknesses", "weakness", 1, 0),
        (SwotQuadrant.Opportunities, "opportunities", "Opportunities", "opportunity", 0, 1),
        (SwotQuadrant.Threats, "threats", "Threats", "threat", 1, 1),
    ];

    /// <summary>The SWOT analyses to draw: the file's own, of one segment when asked.</summary>
    public static IEnumerable<Swot> ToDraw(SemanticModel model, string? segment) =>
        model.OwnSwots.Where(s => segment is null || s.SegmentName == segment);

    public static Sheet Sheet(Swot swot, double top, double width, NoteMeasurer measurer)
    {
        var keys = swot.Items.Select((item, i) => (item, i)).ToDictionary(p => p.item, p => $"swot-{swot.Name}-{p.i}");
        var pairedBy = swot.Actions.SelectMany(a => swot.Paired(a).Select(p => (Item: p, Action: a))).ToLookup(p => p.Item, p => p.Action);
        NoteContent Note(SwotItem item, string style)
        {
            var paired = item.IsAction ? [.. swot.Paired(item)] : pairedBy[item].ToList();
            var paragraphs = new List<string> { item.Text };
            if (item.IsAction && paired.Count > 0)
            {
                paragraphs.Add("Pairs: " + string.Join(", ", paired.Select(p => p.Id is { } id ? $"{id} ({p.Keyword})" : p.Keyword)));
            }

            var header = string.Join(" · ", new[] { item.Id, item.Priority is { } p ? $"priority {p}" : null }.OfType<string>());
            return new NoteContent(keys[item], NoteContents.LineOf(item.Location.Text, item.Span), style, header, [.. paragraphs])
            {
                Links = [.. paired.Select(p => keys[p])],
                Matched = paired.Count > 0,
            };
        }

        var notes = Quadrants.ToDictionary(q => q.Quadrant, q => swot.In(q.Quadrant).Select(i => Note(i, q.Style)).ToList());
        var actions = swot.Actions.Select(a => Note(a, "action")).ToList();
        var inner = width - 2 * CanvasLayout.Margin;
        var left = CanvasLayout.Margin + Gutter;
        var column = (inner - Gutter) / 2;
        var gridTop = top + CanvasLayout.TitleBand + HeaderBand;
        for (var rowHeight = 150.0; ; rowHeight *= 1.15)
        {
            var areas = ImmutableArray.CreateBuilder<AreaBox>();
            foreach (var (quadrant, area, label, _, col, row) in Quadrants)
            {
                var box = new Rect(left + col * column, gridTop + row * rowHeight, column, rowHeight);
                var region = CanvasLayout.NoteRegion(box);
                if (NotePacker.Pack(region, notes[quadrant], measurer) is not { } packed)
                {
                    break;
                }

                areas.Add(new AreaBox(area, label, box, region, packed));
            }

            if (areas.Count < Quadrants.Length && rowHeight <= 20000)
            {
                continue;
            }

            // The actions run across the whole width below the grid and grow downwards, as the cards do.
            var actionsBox = new Rect(CanvasLayout.Margin, gridTop + 2 * rowHeight + CanvasLayout.AreaPadding, inner, 0);
            var actionsRegion = CanvasLayout.NoteRegion(actionsBox with { Height = 100000 });
            var placed = NotePacker.Pack(actionsRegion, actions, measurer, growDown: true) ?? [];
            var bottom = placed.Length == 0 ? actionsRegion.Y : placed.Max(n => n.Box.Bottom);
            actionsBox = actionsBox with { Height = bottom + CanvasLayout.AreaPadding - actionsBox.Y };
            areas.Add(new AreaBox("actions", actions.Count == 0 ? "Actions: none yet" : "Actions (TOWS)", actionsBox, actionsRegion with { Height = bottom - actionsRegion.Y }, placed));
            var bounds = new Rect(0, top, width, actionsBox.Bottom - top + CanvasLayout.Margin / 2);
            var subtitle = swot.SegmentName is { } segment ? $"for {segment}" : null;
            return new Sheet(SheetKind.Swot, swot.Name.Length > 0 ? $"SWOT: {swot.Name}" : "SWOT", subtitle, bounds, areas.ToImmutable());
        }
    }
}
