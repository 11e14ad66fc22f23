using System.Xml.Linq;
using CanvasLang.EditorServices.Rendering;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>A SWOT is drawn as its four quadrants, internal above external, helpful left of harmful, with the actions below, each linked to what it pairs.</summary>
public class SwotRenderTests
{
    private const string Canvas = """
        segment riders "Cyclists who ride to work"
        profile riders {
          pain flat "A flat tyre on the way to work" severity high
        }
        swot van_swot for riders {
          strength s1 "Two mechanics who ride to work themselves" priority 1
          strength "A van that reaches any office in 20 minutes"
          weakness w1 "One van, so a breakdown stops every repair"
          opportunity o1 "The city adds 12 km of cycle lanes next year"
          threat t1 "A chain opens a service point at the station & <the mall>"
          action a1 "Rent a second van for the winter months" pairs w1, t1 priority 1
        }
        swot lonely {
          weakness "Nobody knows the shop yet"
        }
        """;

    private static string Render(string text, RenderOptions? options = null) => CanvasRenderer.RenderSvg(RenderSamples.Analyze(text), options);

    [Fact]
    public void The_quadrants_sit_internal_above_external_and_helpful_left_of_harmful()
    {
        var svg = Render(Canvas);
        var areas = SvgGeometry.Read(svg).Where(a => a.Name is "strengths" or "weaknesses" or "opportunities" or "threats" or "actions").ToList();
        areas.Count.ShouldBe(10, "two SWOTs, five areas each");
        var first = areas.Take(5).ToDictionary(a => a.Name, a => a.Region);
        first["strengths"].Y.ShouldBe(first["weaknesses"].Y, 0.01);
        first["strengths"].X.ShouldBeLessThan(first["weaknesses"].X);
        first["opportunities"].X.ShouldBe(first["strengths"].X, 0.01);
        first["opportunities"].Y.ShouldBeGreaterThan(first["strengths"].Bottom);
        first["threats"].Y.ShouldBe(first["opportunities"].Y, 0.01);
        first["actions"].Y.ShouldBeGreaterThan(first["threats"].Bottom);
        areas.Take(5).Sum(a => a.Notes.Count).ShouldBe(6);
        var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        texts.ShouldContain("SWOT: van_swot");
        texts.ShouldContain("for riders");
        new[] { "Internal", "External", "Helpful", "Harmful", "Actions (TOWS)", "Actions: none yet" }.ShouldAllBe(t => texts.Contains(t));
        string.Join(" ", texts).ShouldContain("A chain opens a service point at the station & <the mall>");
        RenderGeometryTests.CheckGeometry(svg, 1 + 7);
    }

    [Fact]
    public void An_action_is_linked_to_the_items_it_pairs_and_they_to_it()
    {
        var notes = XDocument.Parse(Render(Canvas)).Descendants().Where(e => e.Name.LocalName == "g" && ((string?)e.Attribute("class"))?.StartsWith("note", StringComparison.Ordinal) == true)
            .ToDictionary(n => (string)n.Attribute("data-key")!, n => (Class: (string)n.Attribute("class")!, Links: ((string)n.Attribute("data-links")!).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        notes["swot-van_swot-5"].Class.ShouldBe("note action matched");
        notes["swot-van_swot-5"].Links.ShouldBe(["swot-van_swot-2", "swot-van_swot-4"]);
        notes["swot-van_swot-2"].Links.ShouldBe(["swot-van_swot-5"]);
        notes["swot-van_swot-2"].Class.ShouldBe("note weakness matched");
        notes["swot-van_swot-1"].Class.ShouldBe("note strength");
    }

    [Fact]
    public void A_segment_asked_for_draws_its_swots_only()
    {
        var svg = Render(Canvas, new RenderOptions("riders"));
        var titles = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "sheet cl-swot").Select(e => (string)e.Attribute("data-title")!);
        titles.ShouldBe(["SWOT: van_swot"]);
    }
}
