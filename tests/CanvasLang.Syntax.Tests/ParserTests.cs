using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Tests;

public sealed class ParserTests
{
    [Fact]
    public void The_spec_example_parses_without_errors_and_keeps_every_declaration()
    {
        var tree = SyntaxTree.Parse(SpecExample.Text, "coffee.canvas");

        tree.Diagnostics.ShouldBeEmpty();
        tree.Declarations.OfType<SegmentSyntax>().Single().Aliases.Select(a => a.Value).ShouldBe(["commuter", "office workers"]);
        var profile = tree.Declarations.OfType<ProfileSyntax>().Single();
        profile.Entries.Count(e => e.Kind == EntryKind.Job).ShouldBe(4);
        profile.Entries.Count(e => e.Kind == EntryKind.Pain).ShouldBe(3);
        profile.Entries.Count(e => e.Kind == EntryKind.Gain).ShouldBe(3);
        var valueMap = tree.Declarations.OfType<ValueMapSyntax>().Single();
        valueMap.Entries.Select(e => e.Kind).ShouldBe([EntryKind.Product, EntryKind.Service, EntryKind.Reliever, EntryKind.Reliever, EntryKind.Creator]);
        tree.Declarations.OfType<TestSyntax>().Single().Fields.Length.ShouldBe(8);
        tree.Declarations.OfType<LearningSyntax>().Single().Test!.Text.ShouldBe("preorder_demand");
        tree.Declarations.OfType<PurposeSyntax>().Count().ShouldBe(3);
        tree.Declarations.OfType<BusinessModelSyntax>().Single().Blocks.Length.ShouldBe(9);
    }

    [Fact]
    public void Entries_carry_exact_positions_of_every_part()
    {
        const string text = "segment s \"x\"\nprofile s {\n  risk pain spill \"Spilling coffee\" severity moderate\n}";
        var tree = SyntaxTree.Parse(text);

        var pain = tree.AllEntries().Single();
        text.Substring(pain.Span.Start, pain.Span.Length).ShouldBe("risk pain spill \"Spilling coffee\" severity moderate");
        text.Substring(pain.Qualifier!.Span.Start, pain.Qualifier.Span.Length).ShouldBe("risk");
        text.Substring(pain.Id!.Span.Start, pain.Id.Span.Length).ShouldBe("spill");
        text.Substring(pain.Text!.ContentSpan.Start, pain.Text.ContentSpan.Length).ShouldBe("Spilling coffee");
        pain.Attributes.Single().Value!.Text.ShouldBe("moderate");
        tree.Text.GetPosition(pain.Id.Span.Start).ShouldBe(new Text.LinePosition(2, 12));
    }

    [Fact]
    public void Keywords_are_names_where_a_name_is_expected()
    {
        var tree = SyntaxTree.Parse("segment test \"x\"\ntest test for test {\n  hypothesis \"h\"\n}\nprofile test {\n  pain pain \"p\" severity high\n}");

        tree.Diagnostics.ShouldBeEmpty();
        tree.Declarations.OfType<TestSyntax>().Single().Segment!.Text.ShouldBe("test");
        tree.AllEntries().Single().Id!.Text.ShouldBe("pain");
    }

    [Fact]
    public void Comments_of_both_kinds_are_kept_with_their_spans()
    {
        const string text = "// head\nsegment s \"x\" /* inline */\n";
        var tree = SyntaxTree.Parse(text);

        tree.Comments.Select(c => c.Text).ShouldBe(["// head", "/* inline */"]);
        tree.Comments[1].IsBlock.ShouldBeTrue();
        text.Substring(tree.Comments[1].Span.Start, tree.Comments[1].Span.Length).ShouldBe("/* inline */");
    }

    [Fact]
    public void Escapes_are_resolved_in_values_but_spans_cover_the_source()
    {
        var tree = SyntaxTree.Parse("segment s \"say \\\"hi\\\" \\\\ bye\"");

        tree.Diagnostics.ShouldBeEmpty();
        tree.Declarations.OfType<SegmentSyntax>().Single().Description!.Value.ShouldBe("say \"hi\" \\ bye");
    }

    [Fact]
    public void An_error_in_one_entry_does_not_hide_the_others()
    {
        var tree = SyntaxTree.Parse("segment s \"x\"\nprofile s {\n  job \"a\" importance\n  pain p \"b\" severity high\n  gain g \"c\"\n}\nvaluemap s {\n  reliever r \"d\" relieves p\n}");

        tree.Diagnostics.Length.ShouldBe(1);
        tree.AllEntries().Select(e => e.Text?.Value).ShouldBe(["a", "b", "c", "d"]);
    }

    [Fact]
    public void A_json_canvas_file_is_left_alone_with_one_information_message()
    {
        var tree = SyntaxTree.Parse("  \n{\"nodes\":[{\"id\":\"1\",\"type\":\"text\"}],\"edges\":[]}");

        tree.IsForeignFormat.ShouldBeTrue();
        tree.Declarations.ShouldBeEmpty();
        var d = tree.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("CV000");
        d.Severity.ShouldBe(Diagnostics.DiagnosticSeverity.Info);
    }

    [Fact]
    public void Unterminated_string_keeps_its_entry_in_the_tree()
    {
        var tree = SyntaxTree.Parse("segment s \"x\"\nprofile s {\n  pain p \"open\n}");

        tree.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("unterminated string");
        tree.AllEntries().Single().Text!.Value.ShouldBe("open");
    }
}
