using System.Text;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>Canvases to draw: the spec's example, and a generated one with many entries per area.</summary>
public static class RenderSamples
{
    public static AnalysisResult Analyze(string text, string path = "/virtual/test.canvas")
    {
        var tree = SyntaxTree.Parse(text, path);
        return CanvasAnalyzer.Analyze(tree, new FileSystemDocumentSource(), new AnalysisOptions(CanvasConfiguration.Empty, new DateOnly(2026, 1, 1)));
    }

    public static AnalysisResult AnalyzeFile(string path) => Analyze(File.ReadAllText(path), path);

    /// <summary>A canvas with <paramref name="perArea"/> entries in each of the six areas, texts of varied length, every kind of link.</summary>
    public static string Generated(int perArea)
    {
        var words = "coffee train platform queue order ticket receipt minute morning barista card phone pickup shelf window counter loyalty discount refill cup lid sleeve milk sugar oat".Split(' ');
        string Text(int i, string lead)
        {
            var random = new Random(i * 31 + lead.Length);
            var count = 3 + random.Next(14);
            return lead + " " + string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        }

        var kinds = new[] { "functional", "social", "emotional" };
        var levels = new[] { "critical", "high", "medium", "low" };
        var severities = new[] { "extreme", "high", "moderate", "low" };
        var relevances = new[] { "essential", "high", "medium", "nice" };
        var s = new StringBuilder("title \"Generated canvas\"\n\nsegment crowd \"A generated segment with many entries in every area\"\n\nprofile crowd {\n");
        for (var i = 0; i < perArea; i++)
        {
            s.Append($"  {kinds[i % 3]} job j{i} \"{Text(i, "Get")}\" importance {levels[i % 4]}{(i % 5 == 0 ? $" rank {i / 5 + 1}" : string.Empty)}\n");
        }

        for (var i = 0; i < perArea; i++)
        {
            s.Append($"  pain p{i} \"{Text(i + 100, "Suffer")}\" severity {severities[i % 4]}\n");
        }

        for (var i = 0; i < perArea; i++)
        {
            s.Append($"  gain g{i} \"{Text(i + 200, "Enjoy")}\" relevance {relevances[i % 4]}\n");
        }

        s.Append("}\n\nvaluemap crowd {\n");
        for (var i = 0; i < perArea; i++)
        {
            s.Append($"  {(i % 2 == 0 ? "product" : "service")} o{i} \"{Text(i + 300, "Offer")}\" serves j{i}\n");
        }

        for (var i = 0; i < perArea; i++)
        {
            s.Append($"  reliever r{i} \"{Text(i + 400, "Remove")}\" relieves p{(i * 3) % perArea}\n");
        }

        for (var i = 0; i < perArea; i++)
        {
            s.Append($"  creator c{i} \"{Text(i + 500, "Create")}\" creates g{(i * 2 + 1) % perArea}\n");
        }

        s.Append("}\n");
        return s.ToString();
    }
}
