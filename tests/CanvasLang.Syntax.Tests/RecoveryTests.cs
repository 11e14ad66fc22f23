using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Tests;

/// <summary>
/// No syntax error reaches past its segment (a declaration, or an entry of a block, that starts a
/// line): what follows a mistake is read as if the mistake were not there.
/// </summary>
public sealed class RecoveryTests
{
    [Fact]
    public void A_block_missing_its_closing_brace_is_reported_where_it_ends_and_the_next_declaration_is_kept()
    {
        var tree = SyntaxTree.Parse("segment s \"x\"\nprofile s {\n  pain p1 \"a\"\n  pain p2 \"b\"\nvaluemap s {\n  reliever r \"c\" relieves p1\n}\n");

        var error = tree.Diagnostics.ShouldHaveSingleItem();
        error.Message.ShouldBe("the profile `s` is missing its closing `}`");
        tree.Text.GetPosition(error.Span.Start).ShouldBe(new Text.LinePosition(3, 13));
        tree.Declarations.OfType<ProfileSyntax>().Single().Entries.Length.ShouldBe(2);
        tree.Declarations.OfType<ValueMapSyntax>().Single().Entries.ShouldHaveSingleItem().Text!.Value.ShouldBe("c");
    }

    [Fact]
    public void A_line_comment_that_swallows_a_brace_leaves_the_block_open_until_the_next_declaration()
    {
        var tree = SyntaxTree.Parse("profile s {\n  pain p1 \"a\" // }\ntest t {\n  hypothesis \"h\"\n}\n");

        tree.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("the profile `s` is missing its closing `}`");
        tree.Declarations.OfType<TestSyntax>().Single().Fields.ShouldHaveSingleItem();
    }

    [Fact]
    public void An_entry_cut_short_is_reported_on_its_own_line_and_the_next_line_keeps_its_own_error()
    {
        // Read in one pass, the first error was placed on the next entry's keyword, and that line's own
        // error was not shown (one error per line).
        var tree = SyntaxTree.Parse("segment s \"x\"\nprofile s {\n  pain p1 \"a\" severity\n  pain p2 \"b\" severity extrem\n}\n");

        tree.Diagnostics.Select(d => (tree.Text.GetPosition(d.Span.Start), d.Message)).ShouldBe(
        [
            (new Text.LinePosition(2, 22), "expected a level after `severity`: extreme, high, moderate or low; found `pain`"),
            (new Text.LinePosition(3, 23), "expected a level after `severity`: extreme, high, moderate or low; found `extrem` (did you mean `extreme`?)"),
        ]);
        tree.AllEntries().Select(e => e.Text!.Value).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void A_broken_line_does_not_turn_a_keyword_in_it_into_a_declaration()
    {
        // `learning` in the middle of a line is not where a declaration starts: the next entry is kept.
        var tree = SyntaxTree.Parse("segment s \"x\"\nvaluemap s {\n  reliever r1 \"a\"\n  relieveR the path to learning.\"\n  creator c1 \"b\"\n}\n");

        tree.Declarations.Select(d => d.Keyword.Text).ShouldBe(["segment", "valuemap"]);
        tree.AllEntries().Select(e => e.Text!.Value).ShouldBe(["a", "b"]);
        tree.Diagnostics.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_half_typed_declaration_at_the_end_costs_nothing_before_it()
    {
        var tree = SyntaxTree.Parse("segment s \"x\"\nprofile s {\n  pain p1 \"a\"\n}\nprofile commu");

        tree.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("expected `{` after `profile commu`, found the end of the file");
        tree.Declarations.OfType<ProfileSyntax>().First().Entries.ShouldHaveSingleItem();
    }
}
