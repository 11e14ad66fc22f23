using System.Text;
using Antlr4.Runtime;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Formatting;

/// <summary>
/// Property: for every example and for fuzzed variants of it (random whitespace, line breaks and
/// comments between tokens), formatting is idempotent and keeps every entry text and every comment.
/// </summary>
public class FormatterPropertyTests
{
    public static TheoryData<string> Files() => SampleCanvases.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Formatting_an_example_is_idempotent_and_keeps_everything(string path)
    {
        CheckProperty(File.ReadAllText(path), path);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Formatting_fuzzed_variants_is_idempotent_and_keeps_everything(string path)
    {
        var original = File.ReadAllText(path);
        for (var seed = 0; seed < 25; seed++)
        {
            var fuzzed = Fuzz(original, new Random(seed * 7919 + path.Length));
            CheckProperty(fuzzed, $"{path} (seed {seed})");
        }
    }

    [Fact]
    public void The_examples_are_already_formatted()
    {
        // `fmt --check` on examples/ would pass: they are written in the canonical layout.
        foreach (var path in Directory.EnumerateFiles(Path.Combine(SampleCanvases.RepoRoot, "examples"), "*.canvas"))
        {
            var text = File.ReadAllText(path);
            var tree = SyntaxTree.Parse(text, path);
            if (CanvasFormatter.CanFormat(tree))
            {
                CanvasFormatter.Format(tree).ShouldBe(text, path);
            }
        }
    }

    private static void CheckProperty(string text, string label)
    {
        var tree = SyntaxTree.Parse(text);
        CanvasFormatter.CanFormat(tree).ShouldBeTrue($"{label} should parse cleanly");
        CanvasFormatter.TryFormat(tree, out var once).ShouldBeTrue($"{label} should format");
        var onceTree = SyntaxTree.Parse(once);
        CanvasFormatter.Format(onceTree).ShouldBe(once, $"{label}: formatting twice changed the text");
        onceTree.AllEntries().Select(e => e.Text?.Value).ShouldBe(tree.AllEntries().Select(e => e.Text?.Value), $"{label}: entry texts");
        onceTree.Comments.Select(c => c.Text.TrimEnd()).Order().ShouldBe(tree.Comments.Select(c => c.Text.TrimEnd()).Order(), $"{label}: comments");
        FormattingCheck.Difference(tree, onceTree).ShouldBeNull(label);
    }

    /// <summary>Rebuilds the text token by token with random separators, some of them new comments.</summary>
    internal static string Fuzz(string text, Random random)
    {
        var lexer = new CanvasLexer(CharStreams.fromString(text));
        lexer.RemoveErrorListeners();
        var tokens = new List<IToken>();
        for (var t = lexer.NextToken(); t.Type != TokenConstants.EOF; t = lexer.NextToken())
        {
            if (t.Type != CanvasLexer.WS)
            {
                tokens.Add(t);
            }
        }

        var output = new StringBuilder();
        var counter = 0;
        foreach (var token in tokens)
        {
            output.Append(token.Text);
            output.Append(random.Next(8) switch
            {
                0 => "\n",
                1 => "\n\n\n",
                2 => "\t ",
                3 => $" /* fuzz {counter++} */ ",
                4 => $" // fuzz {counter++}\n",
                5 => "   ",
                _ => " ",
            });
            if (token.Type == CanvasLexer.LINE_COMMENT)
            {
                output.Append('\n');
            }
        }

        return output.ToString();
    }
}
