using System.Xml.Linq;
using CanvasLang.EditorServices.CodeLens;
using CanvasLang.EditorServices.Completion;
using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Fit;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Hover;
using CanvasLang.EditorServices.Navigation;
using CanvasLang.EditorServices.Rendering;
using CanvasLang.EditorServices.Tests.Rendering;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>The fit stage (1.1) in completion, hover, the fit summary, outline, formatting, export and the picture.</summary>
public sealed class FitStageTests
{
    private const string Evidence = """

        test preorder_demand for commuters {
          status validated
        }
        learning preorder_result from preorder_demand {
          insight "Certainty of pick-up time matters more than price"
        }

        """;

    private static readonly string Canvas = FeatureWorkspace.Coffee + Evidence + "fit commuters {\n  stage product-market\n  basedon preorder_demand, preorder_result\n}\n";

    private static List<string> Completions(string text)
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(text);
        return [.. CompletionService.Complete(analysis, offset).Items.Select(i => i.Label)];
    }

    [Fact]
    public void Completion_offers_segments_after_fit_the_stages_and_the_evidence()
    {
        Completions(FeatureWorkspace.Coffee + "\nfit |").ShouldBe(["commuters"]);
        Completions(FeatureWorkspace.Coffee + "\nfit commuters {\n  stage |\n}").ShouldBe(["problem-solution", "product-market", "business-model"]);
        Completions(FeatureWorkspace.Coffee + Evidence + "fit commuters {\n  basedon |\n}").ShouldBe(["preorder_demand", "preorder_result"], ignoreOrder: true);
    }

    [Fact]
    public void The_fit_summary_code_lens_and_segment_hover_include_the_stage_and_its_evidence()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Canvas);
        var model = analysis.Result.Model;
        FitSummary.Of(model, "commuters").Text.ShouldStartWith("claims product–market fit on preorder_demand, preorder_result · relieves ");
        CodeLensService.Lenses(model).ShouldContain(l => l.Title.StartsWith("claims product–market fit", StringComparison.Ordinal));
        var (hovered, offset) = workspace.Open(Canvas.Replace("segment commuters", "segment comm|uters", StringComparison.Ordinal));
        HoverService.Hover(hovered, offset)!.Markdown.ShouldContain("**Fit:** claims product–market fit on preorder_demand, preorder_result");
    }

    [Fact]
    public void Hover_on_a_stage_word_explains_the_stage()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, offset) = workspace.Open(Canvas.Replace("stage product-market", "stage product-mar|ket", StringComparison.Ordinal));
        HoverService.Hover(analysis, offset)!.Markdown.ShouldContain("customers show in the market");
    }

    [Fact]
    public void Outline_puts_the_fit_stage_under_its_segment()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Canvas);
        var segment = OutlineService.Outline(analysis.Snapshot.Tree).Single(i => i.Kind == OutlineKind.Segment);
        segment.Children.ShouldContain(c => c.Kind == OutlineKind.FitStage && c.Detail == "product–market fit");
    }

    [Fact]
    public void Format_and_a_json_round_trip_keep_the_fit_stage()
    {
        var canvas = "segment commuters \"Urban commuters\"\ntest preorder_demand for commuters {\n  status validated\n}\nfit commuters {\n  stage product-market\n  basedon preorder_demand\n}\n";
        var formatted = CanvasFormatter.Format(SyntaxTree.Parse(canvas));
        formatted.ShouldContain("fit commuters {\n  stage product-market\n  basedon preorder_demand\n}");
        var json = CanvasJsonExporter.Export(RenderSamples.Analyze(canvas));
        json.ShouldContain("\"fitStages\"");
        CanvasJsonImporter.Import(json).Text.ShouldBe(formatted);
    }

    [Fact]
    public void The_picture_heads_the_segment_s_canvas_with_the_claimed_stage()
    {
        var svg = XDocument.Parse(CanvasRenderer.RenderSvg(RenderSamples.Analyze(Canvas)));
        svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)
            .ShouldContain("Claims product–market fit, based on preorder_demand, preorder_result");
    }
}
