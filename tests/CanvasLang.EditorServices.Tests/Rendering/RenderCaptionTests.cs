using CanvasLang.EditorServices.Rendering;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>The words around the picture: the syntax errors banner, the title, the statement and the purposes.</summary>
public class RenderCaptionTests
{
    private const string Clean = """
        title "Dental reminders"

        segment clinics "Dental clinics with 2 to 5 chairs"

        profile clinics {
          pain no_shows "One patient in ten misses the appointment" severity high
        }

        valuemap clinics {
          product texts "Text reminders 24 hours before" serves no_shows
        }

        statement clinics "Our text reminders help dental clinics cut no-shows to one in thirty"
        purpose company "Keep every chair busy"
        purpose customer clinics "I want a full day without empty chairs"
        """;

    [Fact]
    public void The_title_statement_and_purposes_are_in_the_picture()
    {
        var svg = CanvasRenderer.RenderSvg(RenderSamples.Analyze(Clean));

        svg.ShouldContain(">Dental reminders</text>");
        svg.ShouldContain("Our text reminders help dental clinics cut no-shows to one in thirty");
        svg.ShouldContain("Keep every chair busy");
        svg.ShouldContain("I want a full day without empty chairs");
        svg.ShouldNotContain("role=\"alert\"");
    }

    [Fact]
    public void The_heading_is_the_segment_description_not_its_id()
    {
        var svg = CanvasRenderer.RenderSvg(RenderSamples.Analyze(Clean));

        svg.ShouldContain("class=\"cl-title\" x=\"24\" y=\"");
        svg.ShouldContain(">Dental clinics with 2 to 5 chairs</text>");
        svg.ShouldNotContain(">clinics</text>");
    }

    [Fact]
    public void Captions_keep_the_canvas_geometry_sound()
    {
        var analysis = RenderSamples.Analyze(Clean);
        RenderGeometryTests.CheckGeometry(CanvasRenderer.RenderSvg(analysis), analysis.Model.OwnEntries.Count());
    }

    [Fact]
    public void A_file_with_syntax_errors_gets_a_banner_listing_them()
    {
        var broken = Clean.Replace("misses the appointment\" severity high", "misses the appointment severity high", StringComparison.Ordinal);
        var analysis = RenderSamples.Analyze(broken);

        foreach (var rendered in new[] { CanvasRenderer.RenderSvg(analysis), CanvasRenderer.RenderHtml(analysis) })
        {
            rendered.ShouldContain("class=\"cl-banner\" role=\"alert\"");
            rendered.ShouldContain("This file has a syntax error");
            rendered.ShouldContain("line 6, column");
        }
    }

    [Fact]
    public void The_banner_lists_a_few_errors_and_counts_the_rest()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 10).Select(i => $"  pain p{i} \"Unterminated {i}"));
        var analysis = RenderSamples.Analyze($"segment s \"Clinics\"\nprofile s {{\n{lines}\n}}\n");

        var svg = CanvasRenderer.RenderSvg(analysis);

        svg.ShouldContain("syntax errors: the picture shows only what could be read");
        svg.ShouldContain("more</text>");
    }
}
