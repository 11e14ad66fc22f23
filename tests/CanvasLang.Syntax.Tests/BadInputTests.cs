using System.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Tests;

/// <summary>Any text gives located diagnostics, never an exception, a hang or a wall of follow-up errors.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Ten_thousand_nested_braces_give_few_errors_and_no_stack_overflow()
    {
        var tree = SyntaxTree.Parse(new string('{', 10_000) + "\n" + new string('}', 10_000));

        tree.Diagnostics.ShouldNotBeEmpty();
        tree.Diagnostics.Length.ShouldBeLessThanOrEqualTo(3);
    }

    [Fact]
    public void Braces_after_a_declaration_are_reported_once_per_line()
    {
        var tree = SyntaxTree.Parse("segment s \"x\"\n" + new string('{', 10_000));

        tree.Diagnostics.Length.ShouldBe(1);
    }

    [Fact]
    public void A_one_megabyte_line_is_parsed()
    {
        var text = "segment s \"" + new string('a', 1 << 20) + "\"";
        var tree = SyntaxTree.Parse(text);

        tree.Diagnostics.ShouldBeEmpty();
        tree.Declarations.OfType<SegmentSyntax>().Single().Description!.Value.Length.ShouldBe(1 << 20);
    }

    [Fact]
    public void Text_beyond_the_size_limit_is_refused_with_one_message()
    {
        var text = new string(' ', Parsing.CanvasParserFacade.MaxLength + 1);
        var tree = SyntaxTree.Parse(text);

        tree.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("CanvasLang reads canvases up to");
    }

    [Fact]
    public void Binary_content_is_reported_as_binary()
    {
        var tree = SyntaxTree.Parse("segment s \"x\"\0\u0001\u0002");

        var d = tree.Diagnostics.ShouldHaveSingleItem();
        d.Message.ShouldContain("binary");
        d.Span.Start.ShouldBe(13);
    }

    [Fact]
    public void Many_stray_lines_are_capped_with_a_closing_note()
    {
        var text = string.Join('\n', Enumerable.Repeat("% nonsense", 500));
        var tree = SyntaxTree.Parse(text);

        tree.Diagnostics.Length.ShouldBe(Parsing.CanvasParserFacade.MaxSyntaxErrors + 1);
        tree.Diagnostics[^1].Message.ShouldContain("more syntax errors are not shown");
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var text = Encoding.Latin1.GetString(bytes).Replace('\0', ' ');
            Should.NotThrow(() => SyntaxTree.Parse(text));
        }
    }

    [Fact]
    public void Fragments_of_the_spec_example_never_throw_and_every_error_is_in_range()
    {
        var example = SpecExample.Text;
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var start = random.Next(example.Length);
            var length = random.Next(example.Length - start);
            var text = example.Remove(start, Math.Min(length, 200));
            var tree = SyntaxTree.Parse(text);
            tree.Diagnostics.ShouldAllBe(d => d.Span.Start >= 0 && d.Span.End <= text.Length);
        }
    }
}
