using CanvasLang.Semantics.Configuration;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Semantics.Tests.Configuration;

/// <summary>The JSONC reader under canvaslang.json: exact spans, commas, comments, values.</summary>
public class JsoncDocumentTests
{
    [Fact]
    public void Members_items_commas_and_comments_have_exact_offsets()
    {
        const string text = "{ \"a\": [1, 2,], /* c */ \"b\": { \"x\": null }, // end\n}";
        var document = JsoncDocument.Parse(text);
        document.Error.ShouldBeNull();
        var root = document.Root.ShouldBeOfType<JsoncObject>();
        root.Span.ShouldBe(new(0, text.Length));
        root.Members.Select(m => m.Name).ShouldBe(["a", "b"]);
        Slice(text, root.Members[0].NameSpan).ShouldBe("\"a\"");
        Slice(text, root.Members[0].Value.Span).ShouldBe("[1, 2,]");
        text[root.Members[0].Comma!.Value].ShouldBe(',');
        root.Members[0].Comma.ShouldBe(text.IndexOf("],", StringComparison.Ordinal) + 1);
        Slice(text, root.Members[1].Span).ShouldBe("\"b\": { \"x\": null }");
        root.HasTrailingComma.ShouldBeTrue();
        root.Members[0].Value.ShouldBeOfType<JsoncArray>().HasTrailingComma.ShouldBeTrue();
        document.UsesTrailingCommas.ShouldBeTrue();
        document.Comments.Select(c => Slice(text, c)).ShouldBe(["/* c */", "// end"]);
    }

    [Fact]
    public void Values_convert_to_the_tokens_json_would_give()
    {
        const string text = """{ "s": "a\"\\\/\n\u00e9", "i": -12, "f": 1.5e2, "big": 123456789012345678901234, "t": true, "n": null, "o": { "k": 1, "k": 2 } }""";
        var token = JsoncDocument.Parse(text).Root!.ToToken();
        token["s"]!.Value<string>().ShouldBe("a\"\\/\né");
        token["i"]!.Type.ShouldBe(JTokenType.Integer);
        token["i"]!.Value<long>().ShouldBe(-12);
        token["f"]!.Value<double>().ShouldBe(150.0);
        token["big"]!.Type.ShouldBe(JTokenType.Float);
        token["t"]!.Value<bool>().ShouldBeTrue();
        token["n"]!.Type.ShouldBe(JTokenType.Null);
        token["o"]!["k"]!.Value<int>().ShouldBe(2);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_an_error_not_a_crash()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);
        JsoncDocument.Parse(text).Error!.Message.ShouldContain("nested more than");
    }

    [Theory]
    [InlineData("{}", false)]
    [InlineData("{ \"a\": [1] }", false)]
    [InlineData("{ \"a\": [1,] }", true)]
    [InlineData("{ \"a\": 1, }", true)]
    public void The_trailing_comma_style_is_read_from_any_container(string text, bool expected) =>
        JsoncDocument.Parse(text).UsesTrailingCommas.ShouldBe(expected);

    [Theory]
    [InlineData("  // nothing\n", true)]
    [InlineData("/* x */", true)]
    [InlineData("{", false)]
    public void Empty_means_only_whitespace_and_comments(string text, bool empty) =>
        JsoncDocument.Parse(text).IsEmpty.ShouldBe(empty);

    private static string Slice(string text, CanvasLang.Syntax.Text.TextSpan span) => text.Substring(span.Start, span.Length);
}
