using System.Xml.Linq;
using CanvasLang.EditorServices.Completion;
using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Folding;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Hover;
using CanvasLang.EditorServices.Navigation;
using CanvasLang.EditorServices.Rendering;
using CanvasLang.EditorServices.SemanticTokens;
using CanvasLang.EditorServices.Tests.Rendering;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>The empathy map (1.1) through every editor feature, export and the picture.</summary>
public sealed class EmpathyMapTests
{
    private const string Map = """

        persona maria for commuters {
          goal "Catch the 8:10 with a coffee"
        }

        empathymap maria_morning for maria {
          goal "Board the 8:10 with a coffee on four mornings out of five"
          see "Six people ahead of her at the kiosk at 7:55"
          say "\"I just walk past if the queue is long.\""
          do "Checks the departure board before queueing"
          hear "A colleague praises the bakery <across> the street & its prices"
          think "Will the card reader work today?"
          feel "Tense while the queue does not move"
          pains "Missing the train because of the queue"
          gains "The coffee is ready when she walks in"
        }

        """;

    private static readonly string Canvas = FeatureWorkspace.Coffee + Map;

    private static List<string> Completions(string text)
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(text);
        return [.. CompletionService.Complete(analysis, offset).Items.Select(i => i.Label)];
    }

    [Fact]
    public void Completion_offers_personas_and_segments_after_for_and_the_sections_inside()
    {
        Completions(FeatureWorkspace.Coffee + "\npersona maria for commuters {\n}\nempathymap m for |").ShouldBe(["commuters", "maria"], ignoreOrder: true);
        var sections = Completions(Canvas.Replace("  gains \"The coffee", "  |\n  gains \"The coffee", StringComparison.Ordinal));
        sections.ShouldContain("see");
        sections.ShouldContain("pains");
        sections.ShouldContain("gains");
        sections.ShouldNotContain("goal");
    }

    [Fact]
    public void Hover_on_the_map_shows_its_goal_and_how_full_each_section_is()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Canvas.Replace("empathymap maria_morning", "empathymap maria_mor|ning", StringComparison.Ordinal));
        var markdown = HoverService.Hover(analysis, offset)!.Markdown;
        markdown.ShouldStartWith("**empathy map `maria_morning`** for `maria`");
        markdown.ShouldContain("*goal:* Board the 8:10");
        markdown.ShouldContain("see 1 · say 1 · do 1 · hear 1 · think 1 · feel 1 · pains 1 · gains 1");
    }

    [Fact]
    public void Hover_on_a_section_word_explains_it()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Canvas.Replace("  hear \"A colleague", "  he|ar \"A colleague", StringComparison.Ordinal));
        HoverService.Hover(analysis, offset)!.Markdown.ShouldContain("what the person hears from others");
    }

    [Fact]
    public void Outline_folding_and_tokens_know_the_map()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Canvas);
        var tree = analysis.Snapshot.Tree;
        OutlineService.Outline(tree).ShouldContain(i => i.Kind == OutlineKind.EmpathyMap && i.Name == "maria_morning" && i.Detail == "empathy map for maria");
        FoldingService.Fold(tree).Length.ShouldBe(4);
        var line = analysis.Text.LineOf(Canvas.IndexOf("empathymap maria_morning", StringComparison.Ordinal));
        var tokens = SemanticTokenService.Classify(tree, analysis.Result.Model).Where(t => t.Line == line).ToList();
        tokens.Select(t => SemanticTokenService.TokenTypes[t.Type]).ShouldBe(["keyword", "event", "event"]);
    }

    [Fact]
    public void Renaming_the_persona_reaches_the_map()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Canvas.Replace("persona maria", "persona ma|ria", StringComparison.Ordinal));
        var (change, error) = new NavigationService(workspace.Workspace.Current).Rename(analysis, offset, "marta", CancellationToken.None);
        error.ShouldBeNull();
        TextEdit.Apply(analysis.Text.Text, change!.Documents.Single().Edits).ShouldContain("empathymap maria_morning for marta {");
    }

    [Fact]
    public void Format_keeps_the_map_and_import_of_its_export_gives_it_back_word_for_word()
    {
        // Blank lines inside blocks are layout JSON does not carry: the round trip is checked on a canvas without them.
        var canvas = "segment commuters \"Urban commuters\"\n" + Map;
        var formatted = CanvasFormatter.Format(SyntaxTree.Parse(canvas));
        CanvasFormatter.Format(SyntaxTree.Parse(formatted)).ShouldBe(formatted);
        formatted.ShouldContain("  say \"\\\"I just walk past if the queue is long.\\\"\"");
        CanvasJsonImporter.Import(CanvasJsonExporter.Export(RenderSamples.Analyze(canvas))).Text.ShouldBe(formatted);
    }

    [Fact]
    public void Markdown_lists_the_sections_outside_before_inside()
    {
        var markdown = CanvasMarkdownExporter.Export(RenderSamples.Analyze(Canvas));
        markdown.ShouldContain("## Empathy map `maria_morning` for `maria`\n\n**Goal**: Board the 8:10");
        markdown.IndexOf("**Hear**", StringComparison.Ordinal).ShouldBeLessThan(markdown.IndexOf("**Think**", StringComparison.Ordinal));
        markdown.ShouldContain("**Pains**\n\n- Missing the train because of the queue");
    }

    [Fact]
    public void The_picture_draws_the_map_as_gray_s_sections_with_each_note_on_its_line()
    {
        var svg = XDocument.Parse(CanvasRenderer.RenderSvg(RenderSamples.Analyze(Canvas)));
        var sheet = svg.Descendants().Single(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "sheet cl-board cl-empathy");
        var texts = string.Join(" ", sheet.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        texts.ShouldContain("maria_morning");
        texts.ShouldContain("Empathy map for maria (commuters)");
        foreach (var label in new[] { "Goal: what do they need to do?", "See", "Say", "Do", "Hear", "Think", "Feel", "Pains", "Gains" })
        {
            texts.ShouldContain(label);
        }

        texts.ShouldContain("<across>");
        var lines = Canvas.Split('\n');
        var hearLine = Array.FindIndex(lines, l => l.StartsWith("  hear", StringComparison.Ordinal));
        sheet.Descendants().ShouldContain(e => (string?)e.Attribute("data-line") == hearLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Rendering_one_segment_keeps_the_maps_of_its_personas()
    {
        var svg = CanvasRenderer.RenderSvg(RenderSamples.Analyze(Canvas), new RenderOptions("commuters"));
        svg.ShouldContain("cl-empathy");
    }
}
