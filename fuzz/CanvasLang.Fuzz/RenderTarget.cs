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
/// Asserts no exception, well-formed SVG with a card for every persona and a note for every SWOT item, that the export of a file without syntax or value errors
/// (CV001, CV008) imports, and that the export of a file that parses imports to a file that parses.
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
        XDocument document;
        try
        {
            document = XDocument.Parse(svg);
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvariantException($"the SVG is not well-formed XML: {e.Message}", svg);
        }

        // Every persona is drawn, beside its canvas or on the personas sheet: none is lost.
        var cards = document.Descendants().Count(e => (string?)e.Attribute("class") == "persona");
        if (cards != analysis.Model.OwnPersonas.Count())
        {
            throw new InvariantException($"{analysis.Model.OwnPersonas.Count()} personas in the file, {cards} persona cards drawn", svg);
        }

        // Every item of every SWOT is a note on its SWOT's sheet.
        var swotNotes = document.Descendants().Where(e => (string?)e.Attribute("class") == "sheet cl-swot")
            .Sum(sheet => sheet.Descendants().Count(e => ((string?)e.Attribute("class"))?.StartsWith("note ", StringComparison.Ordinal) == true));
        var swotItems = analysis.Model.OwnSwots.Sum(s => s.Items.Length);
        if (swotNotes != swotItems)
        {
            throw new InvariantException($"{swotItems} SWOT items in the file, {swotNotes} drawn", svg);
        }

        CanvasRenderer.RenderHtml(analysis);
        CanvasMarkdownExporter.Export(analysis);
        var json = CanvasJsonExporter.Export(analysis);
        ImportResult imported;
        try
        {
            imported = CanvasJsonImporter.Import(json);
        }
        catch (FormatException) when (analysis.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Code is "CV001" or "CV008"))
        {
            // The importer refuses the values a canvas cannot hold; a file with syntax or value errors may export some.
            return;
        }

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
