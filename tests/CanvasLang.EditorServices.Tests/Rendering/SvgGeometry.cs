using System.Globalization;
using System.Xml.Linq;
using CanvasLang.EditorServices.Rendering;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>Reads the geometry back from a rendered SVG: areas, note boxes and their text lines.</summary>
internal static class SvgGeometry
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public sealed record Box(double X, double Y, double Width, double Height)
    {
        public double Right => X + Width;

        public double Bottom => Y + Height;

        public bool Contains(Box other, double tolerance = 0.05) =>
            other.X >= X - tolerance && other.Y >= Y - tolerance && other.Right <= Right + tolerance && other.Bottom <= Bottom + tolerance;

        public bool Overlaps(Box other) => X < other.Right - 0.01 && other.X < Right - 0.01 && Y < other.Bottom - 0.01 && other.Y < Bottom - 0.01;
    }

    public sealed record TextLine(double X, double Y, double FontSize, bool Bold, string Text);

    public sealed record Note(string Area, int Line, Box Box, IReadOnlyList<TextLine> Texts);

    public sealed record Area(string Name, Box Region, IReadOnlyList<Note> Notes);

    public static List<Area> Read(string svg)
    {
        var document = XDocument.Parse(svg);
        var areas = new List<Area>();
        foreach (var g in document.Descendants(Svg + "g").Where(e => (string?)e.Attribute("class") == "area"))
        {
            var name = (string)g.Attribute("data-area")!;
            var region = new Box(D(g, "data-x"), D(g, "data-y"), D(g, "data-width"), D(g, "data-height"));
            var notes = g.Elements(Svg + "g").Where(e => ((string?)e.Attribute("class"))?.StartsWith("note", StringComparison.Ordinal) == true)
                .Select(n =>
                {
                    var rect = n.Elements(Svg + "rect").First(r => (string?)r.Attribute("class") == "cl-note");
                    var texts = n.Elements(Svg + "text").Select(t => new TextLine(D(t, "x"), D(t, "y"), D(t, "font-size"), t.Attribute("data-bold") is not null, t.Value)).ToList();
                    return new Note(name, int.Parse((string)n.Attribute("data-line")!, CultureInfo.InvariantCulture),
                        new Box(D(rect, "x"), D(rect, "y"), D(rect, "width"), D(rect, "height")), texts);
                }).ToList();
            areas.Add(new Area(name, region, notes));
        }

        return areas;
    }

    /// <summary>A persona card: the sheet it is drawn on (its data-title), its box and its text lines, bullets included.</summary>
    public sealed record PersonaCard(string Name, string Sheet, string SheetClass, int Line, Box Box, IReadOnlyList<TextLine> Texts);

    public static List<PersonaCard> Personas(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "g").Where(e => (string?)e.Attribute("class") == "persona").Select(g =>
        {
            var sheet = g.Ancestors(Svg + "g").First(a => ((string?)a.Attribute("class"))?.StartsWith("sheet ", StringComparison.Ordinal) == true);
            var rect = g.Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "cl-persona");
            var texts = g.Elements(Svg + "text").Select(t => new TextLine(D(t, "x"), D(t, "y"), D(t, "font-size"), t.Attribute("data-bold") is not null, t.Value)).ToList();
            return new PersonaCard((string)g.Attribute("data-persona")!, (string)sheet.Attribute("data-title")!, (string)sheet.Attribute("class")!,
                int.Parse((string)g.Attribute("data-line")!, CultureInfo.InvariantCulture), new Box(D(rect, "x"), D(rect, "y"), D(rect, "width"), D(rect, "height")), texts);
        })];

    /// <summary>The value map squares (the outer rectangle of each canvas).</summary>
    public static List<Box> Squares(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "cl-shape").Select(r => new Box(D(r, "x"), D(r, "y"), D(r, "width"), D(r, "height")))];

    public static List<(double X, double Y, double R)> Circles(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "circle").Select(c => (D(c, "cx"), D(c, "cy"), D(c, "r")))];

    public static bool Inside((double X, double Y, double R) circle, Box box) =>
        new[] { (box.X, box.Y), (box.Right, box.Y), (box.X, box.Bottom), (box.Right, box.Bottom) }
            .All(p => Math.Sqrt((p.Item1 - circle.X) * (p.Item1 - circle.X) + (p.Item2 - circle.Y) * (p.Item2 - circle.Y)) <= circle.R + 0.05);

    /// <summary>The estimated width of a text line, with the renderer's own per-character table.</summary>
    public static double Width(TextLine line) => TextMetrics.Width(line.Text, line.FontSize, line.Bold);

    private static double D(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
