using System.Globalization;
using System.Text;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// Writes a laid-out picture as SVG with absolute coordinates (no transforms), so tests and tools can
/// check geometry from the file itself. Every note carries data-line (0-based source line) and
/// data-key / data-links for the preview's reveal and hover.
/// </summary>
internal static partial class SvgCanvasWriter
{
    public static string Write(Picture picture, RenderTheme theme, bool standalone = true)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"canvaslang-render theme-{(theme == RenderTheme.Dark ? "dark" : "light")}\" width=\"{N(picture.Width)}\" height=\"{N(picture.Height)}\" viewBox=\"0 0 {N(picture.Width)} {N(picture.Height)}\" font-family=\"{TextMetrics.FontFamily}\">\n");
        if (standalone)
        {
            svg.Append("<style>").Append(CanvasThemes.Css(theme)).Append("</style>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"cl-bg\" x=\"0\" y=\"0\" width=\"{N(picture.Width)}\" height=\"{N(picture.Height)}\"/>\n");
        if (picture.Banner.Length > 0)
        {
            svg.Append("<g class=\"cl-banner\" role=\"alert\">\n");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"cl-banner-box\" x=\"0\" y=\"0\" width=\"{N(picture.Width)}\" height=\"{N(picture.BannerHeight)}\"/>\n");
            WriteCaptions(svg, picture.Banner);
            svg.Append("</g>\n");
        }

        WriteCaptions(svg, picture.Captions);
        foreach (var sheet in picture.Sheets)
        {
            WriteSheet(svg, sheet);
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void WriteSheet(StringBuilder svg, Sheet sheet)
    {
        var kind = sheet.Kind switch
        {
            SheetKind.ValueProposition => "cl-vpc",
            SheetKind.BusinessModel => "cl-board",
            SheetKind.Personas => "cl-personas",
            SheetKind.EmpathyMap => "cl-board cl-empathy",
            SheetKind.Swot => "cl-swot",
            SheetKind.Metrics => "cl-metrics",
            _ => "cl-cards",
        };
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"sheet {kind}\" data-title=\"{E(sheet.Title)}\">\n");
        var titleY = sheet.Bounds.Y + 30;
        if (sheet.Captions.Length > 0)
        {
            WriteCaptions(svg, sheet.Captions);
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"cl-title\" x=\"{N(CanvasLayout.Margin)}\" y=\"{N(titleY)}\" font-size=\"22\">{E(sheet.Title)}</text>\n");
        }

        if (sheet.Captions.Length == 0 && sheet.Subtitle is { } subtitle)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"cl-subtitle\" x=\"{N(CanvasLayout.Margin)}\" y=\"{N(titleY + 20)}\" font-size=\"13\">{E(subtitle)}</text>\n");
        }

        if (sheet.Kind == SheetKind.ValueProposition)
        {
            WriteShapes(svg, sheet);
        }

        if (sheet.Kind == SheetKind.Swot)
        {
            WriteSwotAxes(svg, sheet);
        }

        foreach (var area in sheet.Areas)
        {
            WriteArea(svg, area);
        }

        if (sheet.Personas is { } shelf)
        {
            WritePersonas(svg, shelf);
        }

        svg.Append("</g>\n");
    }

    /// <summary>The square (split into its three areas) and the circle (split into its three sectors).</summary>
    private static void WriteShapes(StringBuilder svg, Sheet sheet)
    {
        var sq = sheet.Square;
        var (cx, cy, r) = sheet.Circle;
        var split = sq.X + 0.45 * sq.Width;
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"cl-shape\" x=\"{N(sq.X)}\" y=\"{N(sq.Y)}\" width=\"{N(sq.Width)}\" height=\"{N(sq.Height)}\"/>\n");
        Line(svg, split, sq.Y, split, sq.Bottom);
        Line(svg, split, sq.Y + sq.Height / 2, sq.Right, sq.Y + sq.Height / 2);
        svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"cl-shape\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\"/>\n");
        Line(svg, cx, cy - r, cx, cy + r);
        Line(svg, cx - r, cy, cx, cy);
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"cl-legend\" x=\"{N(sq.X)}\" y=\"{N(sq.Bottom + 16)}\" font-size=\"11\">Value map</text>\n");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"cl-legend\" x=\"{N(cx - r)}\" y=\"{N(cy + r + 4)}\" font-size=\"11\">Customer profile</text>\n");
    }

    /// <summary>What a SWOT's rows and columns mean: internal above, external below; helpful left, harmful right.</summary>
    private static void WriteSwotAxes(StringBuilder svg, Sheet sheet)
    {
        var byArea = sheet.Areas.ToDictionary(a => a.Area, a => a.Box);
        if (!byArea.TryGetValue("strengths", out var helpfulInside) || !byArea.TryGetValue("weaknesses", out var harmfulInside) || !byArea.TryGetValue("opportunities", out var helpfulOutside))
        {
            return;
        }

        void Legend(double x, double y, string text, string anchor) => svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"cl-legend cl-swot-axis\" x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"13\" font-weight=\"700\" text-anchor=\"{anchor}\">{E(text)}</text>\n");
        Legend(helpfulInside.X + helpfulInside.Width / 2, helpfulInside.Y - 8, "Helpful", "middle");
        Legend(harmfulInside.X + harmfulInside.Width / 2, harmfulInside.Y - 8, "Harmful", "middle");
        Legend(CanvasLayout.Margin, helpfulInside.Y + helpfulInside.Height / 2, "Internal", "start");
        Legend(CanvasLayout.Margin, helpfulOutside.Y + helpfulOutside.Height / 2, "External", "start");
    }

    private static void WriteCaptions(StringBuilder svg, IEnumerable<Caption> captions)
    {
        foreach (var c in captions)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"{c.Class}\" x=\"{N(c.X)}\" y=\"{N(c.Y)}\" font-size=\"{N(c.FontSize)}\"{(c.Bold ? " font-weight=\"700\"" : string.Empty)}>{E(c.Text)}</text>\n");
        }
    }

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"cl-divider\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\"/>\n");

    private static void WriteArea(StringBuilder svg, AreaBox area)
    {
        var box = area.Box;
        var region = area.NoteRegion;
        svg.Append(CultureInfo.InvariantCulture,
            $"<g class=\"area\" data-area=\"{area.Area}\" data-x=\"{N(region.X)}\" data-y=\"{N(region.Y)}\" data-width=\"{N(region.Width)}\" data-height=\"{N(region.Height)}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"cl-area-box\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\"/>\n");
        var (labelX, labelY) = area.LabelAt ?? (box.X + CanvasLayout.AreaPadding, box.Y + 18);
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"cl-area-label\" x=\"{N(labelX)}\" y=\"{N(labelY)}\" font-size=\"14\">{E(area.Label)}</text>\n");
        foreach (var note in area.Notes)
        {
            WriteNote(svg, note);
        }

        svg.Append("</g>\n");
    }

    private static void WriteNote(StringBuilder svg, PlacedNote note)
    {
        var c = note.Content;
        var classes = new StringBuilder("note ").Append(c.Style);
        if (c.Matched)
        {
            classes.Append(" matched");
        }

        if (c.Alert)
        {
            classes.Append(" alert");
        }

        var box = note.Box;
        var m = NoteMetrics.For(note.FontSize);
        svg.Append(CultureInfo.InvariantCulture,
            $"<g class=\"{classes}\" data-line=\"{c.Line}\" data-key=\"{E(c.Key)}\" data-links=\"{E(string.Join(' ', c.Links))}\">\n");
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"cl-note\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\" rx=\"2\"/>\n");
        var textX = box.X + m.Padding;
        if (c.Stripe is { } stripe)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"cl-stripe {stripe}\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(m.Stripe)}\" height=\"{N(box.Height)}\"/>\n");
            textX += m.Stripe;
        }

        var y = box.Y + m.Padding;
        foreach (var line in note.HeaderLines)
        {
            y += m.HeaderLine;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"cl-note-header\" x=\"{N(textX)}\" y=\"{N(y - m.HeaderLine * 0.25)}\" font-size=\"{N(m.HeaderFont)}\" data-bold=\"1\">{E(line)}</text>\n");
        }

        if (note.HeaderLines.Length > 0)
        {
            y += m.HeaderGap;
        }

        foreach (var line in note.Lines)
        {
            y += m.TextLine;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{N(textX)}\" y=\"{N(y - m.TextLine * 0.25)}\" font-size=\"{N(note.FontSize)}\">{E(line)}</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => MarkupText.Escape(text);
}
