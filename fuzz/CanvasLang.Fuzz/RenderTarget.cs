using System.Xml.Linq;
using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Rendering;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Fuzz;

/// <summary>
/// The slower target: render (SVG and HTML), export JSON and Markdown, import the export back.
/// Asserts no exception, well-formed SVG, and that an export of a clean file imports to a clean file.
/// </summary>
public sealed class RenderTarget
{
    /// <summary>Rendering is slower per character; small inputs keep AFL's loop turning.</summary>
    private const int MaxInputBytes = 4 * 1024;

    private static readonly AnalysisOptions Options = new(CanvasConfiguration.Empty, new DateOnly(2026, 6, 1));

    public void Run(ReadOnlySpan<byte> input) => Run(InputDecoder.Decode(input.Length > MaxInputBytes ? input[..MaxInputBytes] : input));

    public static void Run(string text)
    {
        var tree = SyntaxTree.Parse(text, "/canvaslang-fuzz/input.canvas");
        var analysis = CanvasAnalyzer.Analyze(tree, new NoSource(), Options);
        var svg = CanvasRenderer.RenderSvg(analysis);
        try
        {
            XDocument.Parse(svg);
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvariantException($"the SVG is not well-formed XML: {e.Message}", svg);
        }

        CanvasRenderer.RenderHtml(analysis);
        CanvasMarkdownExporter.Export(analysis);
        var json = CanvasJsonExporter.Export(analysis);
        var imported = CanvasJsonImporter.Import(json);
        if (!tree.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            && SyntaxTree.Parse(imported.Text).Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvariantException($"the export of a clean file imports with a syntax error: {error.Message}", imported.Text);
        }
    }

    private sealed class NoSource : IDocumentSource
    {
        public DocumentLoad Load(string fullPath) => new(null, "not found");
    }
}
