using System.Text;
using System.Xml.Linq;
using CanvasLang.EditorServices.Rendering;
using CanvasLang.EditorServices.Tests.Formatting;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>
/// Personas as cards: beside their segment's customer profile circle, or on a sheet of their own when
/// no canvas of theirs is drawn; what a card says and in which order; long texts wrapped and cut;
/// escaping; linear cost; cancellation.
/// </summary>
public class PersonaRenderTests
{
    private const string TwoSegments = """
        segment riders "Cyclists who ride to work"
        segment commuters "Commuters who take the train"
        segment walkers "People who walk to work"

        profile riders {
          pain flat "A flat tyre on the way to work" severity high
        }

        profile commuters {
          pain queue "Waiting in the kiosk queue and missing the train" severity extreme
        }

        test preorder_test for commuters {
          hypothesis "Commuters will pre-order"
        }

        persona maria for commuters {
          goal "Reach the office by 8:30 with a coffee in hand"
          frustration "Misses the 8:10 train when the kiosk queue is long"
          behaviour "Buys coffee at the station four mornings a week"
          quote "If there are more than three people in the queue, I skip it."
          trait "34, accountant"
          trait "25 minutes by train"
          basedon preorder_test
        }

        persona sam for riders {
          goal "Arrive without grease on the trousers"
        }

        persona tom for commuters {
          frustration "The card machine is down again"
        }

        persona wanda for walkers {
          goal "Walk the whole way in under 30 minutes"
        }

        persona nobody {
          goal "Belong to some segment one day"
        }
        """;

    [Fact]
    public void Each_persona_is_a_card_right_of_its_own_segments_circle()
    {
        var svg = Render(TwoSegments);
        var cards = SvgGeometry.Personas(svg).ToDictionary(c => c.Name);
        var circles = SvgGeometry.Circles(svg);

        cards["maria"].Sheet.ShouldBe("commuters");
        cards["tom"].Sheet.ShouldBe("commuters");
        cards["sam"].Sheet.ShouldBe("riders");
        foreach (var name in new[] { "maria", "tom", "sam" })
        {
            // The circle drawn on the card's own sheet is the one with the same vertical span as the card's column.
            var card = cards[name];
            var circle = circles.Single(c => c.Y - c.R <= card.Box.Y && card.Box.Y < c.Y + c.R);
            card.Box.X.ShouldBeGreaterThan(circle.X + circle.R, $"{name} is not right of the circle");
            card.Box.Y.ShouldBeLessThan(circle.Y, $"{name} does not start beside the circle's upper half");
        }

        // Two personas of one segment: one column, in written order.
        cards["tom"].Box.X.ShouldBe(cards["maria"].Box.X);
        cards["tom"].Box.Y.ShouldBeGreaterThanOrEqualTo(cards["maria"].Box.Bottom);
        svg.ShouldContain(">Personas</text>");
    }

    [Fact]
    public void Personas_without_a_canvas_are_drawn_on_a_personas_sheet_naming_their_segment()
    {
        var svg = Render(TwoSegments);
        var cards = SvgGeometry.Personas(svg);

        // Every persona of the file is drawn once: none is lost because no canvas stands for it.
        cards.Select(c => c.Name).Order(StringComparer.Ordinal).ShouldBe(["maria", "nobody", "sam", "tom", "wanda"]);
        var unattached = cards.Where(c => c.SheetClass == "sheet cl-personas").ToList();
        unattached.Select(c => c.Name).ShouldBe(["wanda", "nobody"]);
        unattached.ShouldAllBe(c => c.Sheet == "Personas");
        unattached[0].Texts.Select(t => t.Text).ShouldContain("for walkers");
        unattached[1].Texts.ShouldNotContain(t => t.Text.StartsWith("for ", StringComparison.Ordinal));

        // Below every canvas, side by side.
        unattached.ShouldAllBe(c => c.Box.Y > SvgGeometry.Circles(svg).Max(k => k.Y + k.R));
        unattached[1].Box.X.ShouldBeGreaterThanOrEqualTo(unattached[0].Box.Right);
        unattached[1].Box.Y.ShouldBe(unattached[0].Box.Y);
    }

    [Fact]
    public void A_card_reads_name_traits_goals_frustrations_behaviours_quote_and_what_it_rests_on()
    {
        var maria = SvgGeometry.Personas(Render(TwoSegments)).Single(c => c.Name == "maria");

        maria.Texts.Select(t => t.Text).ShouldBe(
        [
            "maria",
            "34, accountant · 25 minutes by train",
            "Goals", "•", "Reach the office by 8:30 with a coffee in hand",
            "Frustrations", "•", "Misses the 8:10 train when the kiosk queue is", "long",
            "Behaviours", "•", "Buys coffee at the station four mornings a", "week",
            "“If there are more than three people in the", "queue, I skip it.”",
            "based on: preorder_test",
        ]);
        maria.Texts[0].Bold.ShouldBeTrue();
        maria.Texts[0].FontSize.ShouldBeGreaterThan(maria.Texts[1].FontSize);
        maria.Texts[^1].FontSize.ShouldBeLessThan(maria.Texts[1].FontSize);
        maria.Line.ShouldBe(16); // the declaration's line, 0-based, for the preview's reveal
    }

    [Fact]
    public void Each_line_of_a_card_reveals_the_field_it_shows()
    {
        var card = XDocument.Parse(Render(TwoSegments)).Descendants().Single(e => (string?)e.Attribute("data-persona") == "maria");
        string LineOf(string text) => (string)card.Elements().First(e => e.Value == text).Attribute("data-line")!;

        LineOf("Reach the office by 8:30 with a coffee in hand").ShouldBe("17");
        LineOf("Frustrations").ShouldBe("18");
        LineOf("based on: preorder_test").ShouldBe("23");
    }

    [Fact]
    public void Long_texts_wrap_inside_the_card_and_stop_after_a_few_lines_with_an_ellipsis()
    {
        var story = string.Join(' ', Enumerable.Repeat("she changes trains twice and", 40));
        var svg = Render($$"""
            segment s "Commuters"
            profile s {
              pain p "Queue"
            }
            persona long_story for s {
              goal "{{story}}"
              frustration "{{new string('w', 5_000)}}"
              quote "Short."
            }
            """);

        var card = SvgGeometry.Personas(svg).Single();
        var goal = card.Texts.SkipWhile(t => t.Text != "Goals").Skip(2).TakeWhile(t => t.Text != "Frustrations").ToList();
        goal.Count.ShouldBe(PersonaLayout.MostLinesPerText);
        goal[^1].Text.ShouldEndWith("…");
        goal.ShouldAllBe(t => t.X == goal[0].X);
        var unbroken = card.Texts.SkipWhile(t => t.Text != "Frustrations").Skip(2).TakeWhile(t => !t.Text.StartsWith('“')).ToList();
        unbroken.Count.ShouldBe(PersonaLayout.MostLinesPerText);
        unbroken.Take(PersonaLayout.MostLinesPerText - 1).ShouldAllBe(t => t.Text.Trim('w').Length == 0);
        unbroken[^1].Text.ShouldEndWith("w…");
        card.Texts[^1].Text.ShouldBe("“Short.”");
        card.Box.Width.ShouldBe(PersonaLayout.CardWidth);
        RenderGeometryTests.CheckGeometry(svg, 1);
    }

    [Fact]
    public void Markup_and_control_characters_in_persona_texts_keep_the_svg_well_formed()
    {
        var analysis = RenderSamples.Analyze(
            "segment s \"Commuters\"\nprofile s {\n  pain p \"Queue\"\n}\n"
            + "persona amp for s {\n  goal \"Tea <b> & \\\"coffee\\\"\"\n  trait \"Bell\u0007here\"\n  quote \"Tab\tand\u000Bvertical\"\n}\n");
        var svg = CanvasRenderer.RenderSvg(analysis);

        var texts = XDocument.Parse(svg).Descendants().Where(e => (string?)e.Attribute("data-persona") == "amp").Elements().Select(e => e.Value).ToList();
        texts.ShouldContain("Tea <b> & \"coffee\"");
        texts.ShouldContain("Bell␇here");
        texts.ShouldContain("“Tab\tand␋vertical”");
        System.Xml.XmlConvert.VerifyXmlChars(CanvasRenderer.RenderHtml(analysis));
    }

    [Fact]
    public void Only_the_chosen_segments_personas_are_drawn_for_one_segment()
    {
        var svg = CanvasRenderer.RenderSvg(RenderSamples.Analyze(TwoSegments), new RenderOptions("commuters"));

        SvgGeometry.Personas(svg).Select(c => c.Name).ShouldBe(["maria", "tom"]);
        svg.ShouldNotContain("cl-personas");
    }

    [Fact]
    public void Personas_keep_the_geometry_sound_and_the_output_the_same_every_time()
    {
        var analysis = RenderSamples.AnalyzeFile(SampleCanvases.Fixture("personas.canvas"));
        var svg = CanvasRenderer.RenderSvg(analysis);

        RenderGeometryTests.CheckGeometry(svg, analysis.Model.OwnEntries.Count());
        RenderGeometryTests.CheckGeometry(CanvasRenderer.RenderSvg(analysis, new RenderOptions(Theme: RenderTheme.Dark)), analysis.Model.OwnEntries.Count());
        SvgGeometry.Personas(svg).Select(c => c.Name).ShouldBe(["maria", "tom"]);
        CanvasRenderer.RenderSvg(RenderSamples.AnalyzeFile(SampleCanvases.Fixture("personas.canvas"))).ShouldBe(svg);
        RenderGeometryTests.CheckGeometry(Render(TwoSegments), 2);
    }

    [Fact]
    public void Drawing_personas_costs_in_proportion_to_their_number()
    {
        var small = Measured(() => Render(Personas(100)));
        var large = Measured(() => Render(Personas(1_000)));
        (large / (double)small).ShouldBeLessThan(15);
    }

    [Fact]
    public void A_cancelled_render_of_personas_alone_stops_with_the_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var analysis = RenderSamples.Analyze("persona nobody {\n  goal \"Belong somewhere\"\n}\n");
        CanvasRenderer.RenderSvg(analysis).ShouldContain("data-persona=\"nobody\"");
        Should.Throw<OperationCanceledException>(() => CanvasRenderer.RenderSvg(analysis, cancellation: cancellation.Token));
    }

    private static string Render(string text) => CanvasRenderer.RenderSvg(RenderSamples.Analyze(text));

    private static long Measured(Action action)
    {
        var before = TextMetrics.MeasuredCharacters;
        action();
        return TextMetrics.MeasuredCharacters - before;
    }

    /// <summary>Half the personas for a drawn segment (one long column), half for none (the personas sheet).</summary>
    private static string Personas(int count)
    {
        var s = new StringBuilder("segment riders \"Riders\"\nprofile riders {\n  pain flat \"Flat tyre\"\n}\n");
        for (var i = 0; i < count; i++)
        {
            s.Append($"persona p{i}{(i % 2 == 0 ? " for riders" : string.Empty)} {{\n  goal \"Ride to the station number {i} before the early train\"\n  trait \"{i} years riding\"\n}}\n");
        }

        return s.ToString();
    }
}
