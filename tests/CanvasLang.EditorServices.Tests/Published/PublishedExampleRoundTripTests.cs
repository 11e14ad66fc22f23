using Antlr4.Runtime;
using CanvasLang.EditorServices.Export;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.EditorServices.Tests.Formatting;
using CanvasLang.EditorServices.Tests.Rendering;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Published;

/// <summary>
/// The real published examples of CanvasLang.Semantics.Tests/Published (read from the checkout, as
/// the Semantics tests read them): written in the canonical layout, formatted idempotently and
/// losslessly, and carried through JSON export and import unchanged.
/// </summary>
public class PublishedExampleRoundTripTests
{
    private static readonly string Folder = Path.Combine(SampleCanvases.RepoRoot, "tests", "CanvasLang.Semantics.Tests", "Published");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.canvas").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void The_published_folder_holds_the_examples()
    {
        Files().Count.ShouldBeGreaterThanOrEqualTo(4);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Is_already_formatted_and_formatting_keeps_everything(string name)
    {
        var path = Path.Combine(Folder, name);
        var text = File.ReadAllText(path);
        var tree = SyntaxTree.Parse(text, path);
        CanvasFormatter.CanFormat(tree).ShouldBeTrue(name);
        CanvasFormatter.TryFormat(tree, out var once).ShouldBeTrue(name);

        // `fmt --check` passes, a second pass changes nothing, and nothing is lost: texts, comments, meaning.
        once.ShouldBe(text, name);
        var onceTree = SyntaxTree.Parse(once, path);
        CanvasFormatter.Format(onceTree).ShouldBe(once, name);
        onceTree.AllEntries().Select(e => e.Text?.Value).ShouldBe(tree.AllEntries().Select(e => e.Text?.Value), name);
        onceTree.Comments.Select(c => c.Text.TrimEnd()).ShouldBe(tree.Comments.Select(c => c.Text.TrimEnd()), name);
        FormattingCheck.Difference(tree, onceTree).ShouldBeNull(name);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Formatting_a_reflowed_copy_is_idempotent_and_keeps_everything(string name)
    {
        // Random line breaks, spaces and new comments between the tokens: the formatter keeps every text and comment.
        var path = Path.Combine(Folder, name);
        var reflowed = FormatterPropertyTests.Fuzz(File.ReadAllText(path), new Random(name.Length * 7919));
        var tree = SyntaxTree.Parse(reflowed, path);
        CanvasFormatter.TryFormat(tree, out var formatted).ShouldBeTrue(name);
        var formattedTree = SyntaxTree.Parse(formatted, path);
        CanvasFormatter.Format(formattedTree).ShouldBe(formatted, name);
        formattedTree.Comments.Select(c => c.Text.TrimEnd()).Order().ShouldBe(tree.Comments.Select(c => c.Text.TrimEnd()).Order(), name);
        FormattingCheck.Difference(tree, formattedTree).ShouldBeNull(name);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Json_export_then_import_means_the_same(string name)
    {
        var path = Path.Combine(Folder, name);
        var text = File.ReadAllText(path);
        var json = CanvasJsonExporter.Export(RenderSamples.AnalyzeFile(path));
        var imported = CanvasJsonImporter.Import(json);
        imported.Format.ShouldBe("canvaslang");
        var tree = SyntaxTree.Parse(imported.Text, path);
        tree.Diagnostics.ShouldBeEmpty(name);

        // The same document when exported again, and the same words in the same order: nothing lost, nothing added.
        CanvasJsonExporter.Export(RenderSamples.Analyze(imported.Text, path)).ShouldBe(json, name);
        Words(imported.Text).ShouldBe(Words(text), name);
        tree.Declarations.Length.ShouldBe(SyntaxTree.Parse(text, path).Declarations.Length, name);
    }

    private static List<string> Words(string text)
    {
        var lexer = new CanvasLexer(CharStreams.fromString(text));
        lexer.RemoveErrorListeners();
        var words = new List<string>();
        for (var t = lexer.NextToken(); t.Type != TokenConstants.EOF; t = lexer.NextToken())
        {
            if (t.Type is not (CanvasLexer.LINE_COMMENT or CanvasLexer.BLOCK_COMMENT or CanvasLexer.WS))
            {
                words.Add(t.Text);
            }
        }

        return words;
    }
}
