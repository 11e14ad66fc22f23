using CanvasLang.EditorServices.Rendering;
using CanvasLang.EditorServices.Tests.Formatting;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>From the SVG itself: every note inside its area (a SWOT item's and a metric's too), no two notes overlapping, no text line wider than its note.</summary>
public class RenderGeometryTests
{
    public static TheoryData<string> Files() => SampleCanvases.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Examples_render_with_sound_geometry(string path)
    {
        var analysis = RenderSamples.AnalyzeFile(path);
        var drawn = analysis.Model.OwnEntries.Count() + analysis.Model.OwnSwots.Sum(s => s.Items.Length) + analysis.Model.OwnMetrics.Sum(m => m.Items.Length);
        CheckGeometry(CanvasRenderer.RenderSvg(analysis), drawn);
        CheckGeometry(CanvasRenderer.RenderSvg(analysis, new RenderOptions(Theme: RenderTheme.Dark)), drawn);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(40)]
    [InlineData(75)]
    public void Crowded_canvases_stay_readable(int perArea)
    {
        var analysis = RenderSamples.Analyze(RenderSamples.Generated(perArea));
        var svg = CanvasRenderer.RenderSvg(analysis);
        CheckGeometry(svg, perArea * 6);
        SvgGeometry.Read(svg).SelectMany(a => a.Notes).SelectMany(n => n.Texts).Min(t => t.FontSize).ShouldBeGreaterThanOrEqualTo(NotePacker.FontSizes.Min() * 0.8 - 0.01);
    }

    [Fact]
    public void Writes_svgs_for_screenshots_when_asked()
    {
        // CANVASLANG_RENDER_OUT=/some/folder writes the pictures the screenshots in docs/ are taken from.
        if (Environment.GetEnvironmentVariable("CANVASLANG_RENDER_OUT") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var coffee = RenderSamples.AnalyzeFile(SampleCanvases.Fixture("coffee.canvas"));
        var crowd = RenderSamples.Analyze(RenderSamples.Generated(40));
        File.WriteAllText(Path.Combine(folder, "coffee.svg"), CanvasRenderer.RenderSvg(coffee, new RenderOptions("commuters")));
        File.WriteAllText(Path.Combine(folder, "coffee-all.svg"), CanvasRenderer.RenderSvg(coffee));
        File.WriteAllText(Path.Combine(folder, "coffee-dark.svg"), CanvasRenderer.RenderSvg(coffee, new RenderOptions(Theme: RenderTheme.Dark)));
        File.WriteAllText(Path.Combine(folder, "coffee.html"), CanvasRenderer.RenderHtml(coffee));
        File.WriteAllText(Path.Combine(folder, "forty.svg"), CanvasRenderer.RenderSvg(crowd));
        var personas = RenderSamples.AnalyzeFile(SampleCanvases.Fixture("personas.canvas"));
        File.WriteAllText(Path.Combine(folder, "personas.svg"), CanvasRenderer.RenderSvg(personas, new RenderOptions("commuters")));
        var swot = RenderSamples.AnalyzeFile(Path.Combine(SampleCanvases.RepoRoot, "examples", "commuters", "swot.canvas"));
        File.WriteAllText(Path.Combine(folder, "swot.svg"), CanvasRenderer.RenderSvg(swot));
    }

    internal static void CheckGeometry(string svg, int expectedEntries)
    {
        var areas = SvgGeometry.Read(svg);
        var circles = SvgGeometry.Circles(svg);
        var notes = areas.SelectMany(a => a.Notes).ToList();
        areas.Where(a => a.Name is not ("cards" or "partners" or "activities" or "resources" or "propositions" or "relationships" or "channels" or "segments" or "costs" or "revenue")
                && !a.Name.StartsWith("empathy-", StringComparison.Ordinal))
            .Sum(a => a.Notes.Count).ShouldBe(expectedEntries);
        foreach (var area in areas)
        {
            foreach (var note in area.Notes)
            {
                area.Region.Contains(note.Box).ShouldBeTrue($"note on line {note.Line} leaves area {area.Name}: {note.Box} not in {area.Region}");
                if (area.Name is "jobs" or "pains" or "gains")
                {
                    // Profile notes sit inside the circle: every corner within its radius.
                    circles.ShouldContain(c => SvgGeometry.Inside(c, note.Box), $"note on line {note.Line} leaves the customer profile circle");
                }
                foreach (var text in note.Texts)
                {
                    (text.X + SvgGeometry.Width(text)).ShouldBeLessThanOrEqualTo(note.Box.Right + 0.05, $"text \"{text.Text}\" runs out of its note (line {note.Line})");
                    text.X.ShouldBeGreaterThanOrEqualTo(note.Box.X);
                    text.Y.ShouldBeLessThanOrEqualTo(note.Box.Bottom, $"text \"{text.Text}\" below its note");
                    (text.Y - text.FontSize).ShouldBeGreaterThanOrEqualTo(note.Box.Y - 0.05, $"text \"{text.Text}\" above its note");
                }
            }
        }

        for (var i = 0; i < notes.Count; i++)
        {
            for (var j = i + 1; j < notes.Count; j++)
            {
                notes[i].Box.Overlaps(notes[j].Box).ShouldBeFalse($"notes on lines {notes[i].Line} and {notes[j].Line} overlap");
            }
        }

        CheckPersonas(svg, notes, circles);
    }

    /// <summary>Persona cards: every line inside its card, no card over another, over a note, a value map or a circle's bounding square.</summary>
    private static void CheckPersonas(string svg, List<SvgGeometry.Note> notes, List<(double X, double Y, double R)> circles)
    {
        var cards = SvgGeometry.Personas(svg);
        var shapes = SvgGeometry.Squares(svg).Concat(circles.Select(c => new SvgGeometry.Box(c.X - c.R, c.Y - c.R, 2 * c.R, 2 * c.R))).ToList();
        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            foreach (var text in card.Texts)
            {
                (text.X + SvgGeometry.Width(text)).ShouldBeLessThanOrEqualTo(card.Box.Right + 0.05, $"text \"{text.Text}\" runs out of persona {card.Name}");
                text.X.ShouldBeGreaterThanOrEqualTo(card.Box.X);
                text.Y.ShouldBeLessThanOrEqualTo(card.Box.Bottom, $"text \"{text.Text}\" below persona {card.Name}");
                (text.Y - text.FontSize).ShouldBeGreaterThanOrEqualTo(card.Box.Y - 0.05, $"text \"{text.Text}\" above persona {card.Name}");
            }

            notes.ShouldNotContain(n => n.Box.Overlaps(card.Box), $"persona {card.Name} covers a note");
            shapes.ShouldNotContain(s => s.Overlaps(card.Box), $"persona {card.Name} covers a canvas");
            for (var j = i + 1; j < cards.Count; j++)
            {
                card.Box.Overlaps(cards[j].Box).ShouldBeFalse($"personas {card.Name} and {cards[j].Name} overlap");
            }
        }
    }
}
