using System.Xml.Linq;
using CanvasLang.EditorServices.Rendering;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>Interviews are drawn as evidence cards, before the test and learning cards, with what was heard.</summary>
public class InterviewRenderTests
{
    private const string Canvas = """
        segment riders "Cyclists who ride to work"
        profile riders {
          pain flat "A flat tyre on the way to work" severity high heard ana
        }
        interview ana for riders {
          who "Nurse, rides 9 km each way"
          date 2026-11-03
          heard pain "Two flats in March <both> on the way to a shift & late"
          quote "I cannot be late for a handover."
          note "Carries a patch kit"
        }
        test van for riders {
          hypothesis "Riders book a repair van to their workplace"
        }
        """;

    private static string Render(string text) => CanvasRenderer.RenderSvg(RenderSamples.Analyze(text));

    private static List<string> Texts(string svg) => [.. XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)];

    [Fact]
    public void An_interview_is_an_evidence_card_before_the_tests_with_what_was_heard()
    {
        var svg = Render(Canvas);
        var texts = string.Join(" ", Texts(svg));
        texts.ShouldContain("Interviews, tests and learnings");
        texts.ShouldContain("Interview · ana · for riders · 2026-11-03");
        texts.ShouldContain("Heard (pain): Two flats in March <both> on the way to a shift & late");
        texts.ShouldContain("“I cannot be late for a handover.”");
        texts.ShouldContain("Note: Carries a patch kit");
        texts.IndexOf("Interview · ana", StringComparison.Ordinal).ShouldBeLessThan(texts.IndexOf("Test card", StringComparison.Ordinal));
    }

    [Fact]
    public void A_positioning_statement_is_drawn_as_its_sentence_first_on_the_sheet()
    {
        var texts = string.Join(" ", Texts(Render(Canvas + "positioning van_position for riders {\n  need \"a bike that works\"\n  offer \"RepairVan\"\n}\n")));
        texts.ShouldContain("Positioning, interviews, tests and learnings");
        texts.ShouldContain("Positioning · van_position");
        texts.ShouldContain("For riders who need a bike that works, RepairVan is an offer.");
        texts.IndexOf("Positioning · van_position", StringComparison.Ordinal).ShouldBeLessThan(texts.IndexOf("Interview · ana", StringComparison.Ordinal));
    }

    [Fact]
    public void Interviews_alone_make_an_interviews_sheet()
    {
        var texts = Texts(Render(Canvas[..Canvas.IndexOf("test van", StringComparison.Ordinal)]));
        texts.ShouldContain("Interviews");
        texts.ShouldNotContain(t => t.Contains("tests", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Test card", StringComparison.Ordinal));
    }
}
