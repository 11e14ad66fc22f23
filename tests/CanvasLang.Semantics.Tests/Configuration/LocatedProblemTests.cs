using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Tests.Meta;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Tests.Configuration;

/// <summary>
/// Every CV900 points at exactly the offending text of canvaslang.json (what an editor underlines),
/// through comments, trailing commas, line endings and values spread over lines.
/// </summary>
public class LocatedProblemTests
{
    private const string Commented = """
        // Team settings: keep "CV999" out of here.
        {
          /* the schema helps the editor */
          "$schema": "./docs/schema/canvaslang.schema.json",
          "rules": {
            "vauge-entry": "off", // typo on purpose
            "CV107": { "minJobs": "three" },
            "CV002": "off",
            "CV202": "loud",
          },
          "rulez": {},
          "today": "30 June",
        }
        """;

    [Theory]
    [InlineData("\"vauge-entry\": \"off\"", "\"vauge-entry\"", "did you mean `vague-entry`?", DiagnosticSeverity.Error)]
    [InlineData("{ \"minJobs\": \"three\" }", "\"three\"", "`minJobs` of CV107 must be a whole number", DiagnosticSeverity.Error)]
    [InlineData("\"CV002\": \"off\"", "\"off\"", "CV002 (unknown-reference) is an error and is always on", DiagnosticSeverity.Error)]
    [InlineData("\"CV202\": \"loud\"", "\"loud\"", "severity of CV202 must be", DiagnosticSeverity.Error)]
    [InlineData("\"rulez\": {}", "\"rulez\"", "unknown setting `rulez`", DiagnosticSeverity.Warning)]
    [InlineData("\"today\": \"30 June\"", "\"30 June\"", "`today` must be a date", DiagnosticSeverity.Error)]
    public void Each_problem_spans_exactly_its_key_or_value(string context, string expected, string message, DiagnosticSeverity severity)
    {
        var diagnostic = Lint.Config(Commented).Diagnostics.Single(x => x.Message.Contains(message, StringComparison.Ordinal));
        var at = Commented.IndexOf(context, StringComparison.Ordinal) + context.IndexOf(expected, StringComparison.Ordinal);
        diagnostic.Span.ShouldBe(new TextSpan(at, expected.Length));
        diagnostic.Code.ShouldBe("CV900");
        diagnostic.Severity.ShouldBe(severity);
    }

    [Fact]
    public void The_rest_of_a_commented_file_still_applies()
    {
        var config = Lint.Config(Commented);
        config.Diagnostics.Length.ShouldBe(6);
        config.Diagnostics.Select(d => d.Span.Start).ShouldBeInOrder();
        config.Rules.ShouldNotContainKey("CV002");
        config.Rules["CV107"].Options.ShouldBeEmpty();
        config.Rules["CV202"].Severity.ShouldBeNull();
        config.Rules["CV202"].Off.ShouldBeFalse();
    }

    [Fact]
    public void Values_spread_over_lines_are_spanned_whole()
    {
        const string json = "{\r\n  \"rules\": {\r\n    \"CV201\": {\r\n      \"minEntries\": [\r\n        4\r\n      ]\r\n    }\r\n  },\r\n  \"ignore\": {\r\n    \"drafts\": true\r\n  }\r\n}\r\n";
        var config = Lint.Config(json);
        config.Diagnostics.Select(d => json.Substring(d.Span.Start, d.Span.Length)).ShouldBe(
            ["[\r\n        4\r\n      ]", "{\r\n    \"drafts\": true\r\n  }"]);
        var text = SourceText.From(json);
        text.GetPosition(config.Diagnostics[0].Span.Start).ShouldBe(new LinePosition(3, 20));
    }

    [Theory]
    [InlineData("{ \"rules\": { \"CV202\": \"off\" \"CV101\": \"off\" } }", "\"CV101\"", "expected `,` or `}`")]
    [InlineData("{ \"rules\": { \"CV202\": off } }", "off", "must be strings in double quotes")]
    [InlineData("{ 'rules': {} }", "'rules'", "property names must be strings in double quotes")]
    [InlineData("{ \"rules\": { \"CV202\": \"off }\n}", "\"off }", "not closed")]
    [InlineData("{ \"today\": 01 }", "01", "not a JSON number")]
    [InlineData("{ \"rules\": {} } {}", "{", "after the end of the value")]
    [InlineData("{ /* \"rules\": {} }", "/*", "never closed")]
    [InlineData("{ \"rules\": { , } }", ",", "where a property was expected")]
    [InlineData("{ \"a\": \"\\x\" }", "\\x", "invalid escape")]
    public void Syntax_errors_are_located_at_the_offending_token(string json, string expected, string message)
    {
        var d = Lint.Config(json).Diagnostics.ShouldHaveSingleItem();
        d.Message.ShouldContain("not valid JSON");
        d.Message.ShouldContain(message);
        json.Substring(d.Span.Start, d.Span.Length).ShouldBe(expected);
    }

    [Fact]
    public void A_file_that_ends_too_early_is_reported_at_its_end_naming_the_open_brace()
    {
        const string json = "{\n  \"rules\": {\n    \"CV202\": \"off\",\n  }\n";
        var d = Lint.Config(json).Diagnostics.ShouldHaveSingleItem();
        d.Span.ShouldBe(new TextSpan(json.Length, 0));
        d.Message.ShouldContain("closes the `{` on line 1");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n// only a comment\n")]
    public void An_empty_file_is_one_problem_at_its_end(string json)
    {
        var d = Lint.Config(json).Diagnostics.ShouldHaveSingleItem();
        d.Message.ShouldContain("is empty");
        d.Span.ShouldBe(new TextSpan(json.Length, 0));
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_spanned_whole()
    {
        const string json = "// settings\n[\n  \"CV202\"\n]\n";
        var d = Lint.Config(json).Diagnostics.ShouldHaveSingleItem();
        json.Substring(d.Span.Start, d.Span.Length).ShouldBe("[\n  \"CV202\"\n]");
        d.Message.ShouldContain("must be a JSON object");
    }

    [Fact]
    public void A_key_given_twice_flags_the_ignored_one_and_the_last_applies()
    {
        const string json = "{ \"rules\": { \"CV202\": \"off\" }, \"rules\": { \"CV202\": \"hint\" } }";
        var config = Lint.Config(json);
        var d = config.Diagnostics.ShouldHaveSingleItem();
        d.Span.ShouldBe(new TextSpan(2, "\"rules\"".Length));
        d.Message.ShouldContain("given again below");
        config.Rules["CV202"].Severity.ShouldBe(DiagnosticSeverity.Hint);
    }

    [Fact]
    public void A_rule_configured_by_id_and_by_name_flags_the_earlier_entry()
    {
        const string json = "{ \"rules\": { \"irrelevant-offer\": \"off\", \"CV202\": { \"severity\": \"info\" } } }";
        var config = Lint.Config(json);
        var d = config.Diagnostics.ShouldHaveSingleItem();
        json.Substring(d.Span.Start, d.Span.Length).ShouldBe("\"irrelevant-offer\"");
        d.Message.ShouldContain("configured again below (as `CV202`)");
        config.Rules["CV202"].Off.ShouldBeFalse();
        config.Rules["CV202"].Severity.ShouldBe(DiagnosticSeverity.Info);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        const string json = """
            {
              // quiet for now
              "rules": { "CV202": "off", /* until Q3 */ "CV201": { "minEntries": 2, }, },
              "ignore": ["drafts/**",],
            }
            """;
        var config = Lint.Config(json);
        config.Diagnostics.ShouldBeEmpty();
        config.Rules["CV202"].Off.ShouldBeTrue();
        config.Rules["CV201"].Options["minEntries"].ToString().ShouldBe("2");
        config.Ignore.ShouldBe(["drafts/**"]);
    }
}
