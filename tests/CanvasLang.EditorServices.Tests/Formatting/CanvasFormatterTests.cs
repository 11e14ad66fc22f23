using CanvasLang.EditorServices.Formatting;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Formatting;

public class CanvasFormatterTests
{
    private static string Format(string text) => CanvasFormatter.Format(SyntaxTree.Parse(text));

    [Fact]
    public void Lays_out_a_messy_block_canonically()
    {
        var messy = "segment  s \"Seg\"\nprofile s{job j1 \"Do the thing\"   importance high\n\n\n   pain p1 \"Ouch\" rank 2 severity extreme}\n";
        Format(messy).ShouldBe(
            "segment s \"Seg\"\n\nprofile s {\n  job j1 \"Do the thing\" importance high\n\n  pain p1 \"Ouch\" severity extreme rank 2\n}\n");
    }

    [Fact]
    public void Puts_attributes_in_canonical_order()
    {
        var text = "valuemap s {\n  product a \"A\" relevance high rank 1 serves j1, j2\n}\nprofile t {\n  job \"x\" rank 3 importance low as buyer\n}\n";
        var formatted = Format(text);
        formatted.ShouldContain("product a \"A\" serves j1, j2 relevance high rank 1");
        formatted.ShouldContain("job \"x\" as buyer importance low rank 3");
    }

    [Fact]
    public void Keeps_comments_in_place()
    {
        var text = "// header\n\ntitle \"T\" // trailing\n/* before */\nprofile s { // after brace\n  // above entry\n  pain \"P\" /* inline */ severity high\n  // before close\n}\n// end\n";
        var formatted = Format(text);
        formatted.ShouldBe("// header\n\ntitle \"T\" // trailing\n\n/* before */\nprofile s { // after brace\n  // above entry\n  /* inline */\n  pain \"P\" severity high\n  // before close\n}\n\n// end\n");
    }

    [Fact]
    public void Keeps_string_escapes_exactly()
    {
        var text = "title   \"Say \\\"hi\\\" \\\\ there\"";
        Format(text).ShouldBe("title \"Say \\\"hi\\\" \\\\ there\"\n");
    }

    [Fact]
    public void Keeps_consecutive_one_line_declarations_of_one_kind_together()
    {
        var text = "purpose company \"A\"\npurpose brand \"B\"\nimport \"x.canvas\"\n";
        Format(text).ShouldBe("purpose company \"A\"\npurpose brand \"B\"\n\nimport \"x.canvas\"\n");
    }

    [Fact]
    public void Formats_cards_and_business_models()
    {
        var text = "test t for s { hypothesis \"H\" due 2026-01-02 status planned priority 1 }\nlearning l from t{insight \"I\"}\nbusinessmodel b { segments s,x channels \"A\",\"B\" }";
        Format(text).ShouldBe(
            "test t for s {\n  hypothesis \"H\"\n  due 2026-01-02\n  status planned\n  priority 1\n}\n\nlearning l from t {\n  insight \"I\"\n}\n\nbusinessmodel b {\n  segments s, x\n  channels \"A\", \"B\"\n}\n");
    }

    [Fact]
    public void Formats_personas_and_interviews_keeping_what_was_heard_before_its_words()
    {
        var text = "interview ana for s{who \"W\" heard   pain \"P\" quote \"Q\" quote \"R\"}\npersona p for s { goal \"G\" goal \"H\" basedon ana,t }\nprofile s {\n  pain x \"X\" heard ana rank 1 severity high\n}\n";
        Format(text).ShouldBe(
            "interview ana for s {\n  who \"W\"\n  heard pain \"P\"\n  quote \"Q\"\n  quote \"R\"\n}\n\npersona p for s {\n  goal \"G\"\n  goal \"H\"\n  basedon ana, t\n}\n\nprofile s {\n  pain x \"X\" severity high rank 1 heard ana\n}\n");
    }

    [Fact]
    public void Refuses_files_with_syntax_errors()
    {
        var tree = SyntaxTree.Parse("profile s {\n   job \"unterminated\n}\n");
        CanvasFormatter.CanFormat(tree).ShouldBeFalse();
        CanvasFormatter.FormatDocument(tree).ShouldBeEmpty();
        CanvasFormatter.Format(tree).ShouldBe(tree.Text.Text);
    }

    [Fact]
    public void Leaves_json_canvas_files_alone()
    {
        var tree = SyntaxTree.Parse("{\"nodes\": []}");
        CanvasFormatter.FormatDocument(tree).ShouldBeEmpty();
    }

    [Fact]
    public void Keeps_crlf_line_endings()
    {
        Format("title  \"T\"\r\nsegment s\r\n").ShouldBe("title \"T\"\r\n\r\nsegment s\r\n");
    }

    [Fact]
    public void Document_edits_produce_the_formatted_text()
    {
        var text = "title \"T\"\nprofile s {\njob \"a\"\n}\n\n\n\nvaluemap s {\n    reliever \"r\"\n}";
        var tree = SyntaxTree.Parse(text);
        var edits = CanvasFormatter.FormatDocument(tree);
        TextEdit.Apply(text, edits).ShouldBe(CanvasFormatter.Format(tree));
    }

    [Fact]
    public void Range_formatting_changes_only_the_declarations_in_range()
    {
        var text = "profile s {\njob \"a\"\n}\n\nvaluemap s {\n    reliever \"r\"\n}\n";
        var tree = SyntaxTree.Parse(text);
        var start = text.IndexOf("valuemap", StringComparison.Ordinal);
        var edits = CanvasFormatter.FormatRange(tree, new TextSpan(start, 5));
        TextEdit.Apply(text, edits).ShouldBe("profile s {\njob \"a\"\n}\n\nvaluemap s {\n  reliever \"r\"\n}\n");
    }

    [Fact]
    public void An_empty_file_stays_empty()
    {
        Format(string.Empty).ShouldBe(string.Empty);
        Format("// only a comment").ShouldBe("// only a comment\n");
    }
}
