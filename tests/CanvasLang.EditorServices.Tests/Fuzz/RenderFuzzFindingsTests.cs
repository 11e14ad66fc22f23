using System.Xml.Linq;
using CanvasLang.EditorServices.Rendering;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Fuzz;

/// <summary>
/// What the render target of the fuzz harness (`canvaslang-fuzz render`) found: every one of its 222
/// crashes in 150 s was an SVG that is not well-formed XML because an entry text holds a control
/// character (issue 14, item 3). Every such character is covered by Rendering/XmlCharacterTests.
/// </summary>
public class RenderFuzzFindingsTests
{
    [Theory]
    [InlineData("\u000B")]
    [InlineData("\u0001")]
    [InlineData("\u001F")]
    public void The_svg_is_well_formed_xml_whatever_the_texts_hold(string character)
    {
        var tree = SyntaxTree.Parse($"segment riders \"Riders\"\nprofile riders {{\n  pain flat \"Flat{character}tyre\"\n}}\n");
        var svg = CanvasRenderer.RenderSvg(CanvasAnalyzer.Analyze(tree, new FileSystemDocumentSource(), AnalysisOptions.Default));
        XDocument.Parse(svg).Root.ShouldNotBeNull();
    }
}
