using CanvasLang.EditorServices.CodeActions;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Tests.Configuration;

/// <summary>Configuring a rule edits canvaslang.json in place: exactly these bytes change, everything else stays.</summary>
public sealed class JsoncEditsTests
{
    private static readonly RuleDescriptor VagueEntry = RuleCatalog.Find("CV101")!;

    [Fact]
    public void A_new_rule_goes_on_its_own_line_after_the_last_one_and_its_comment()
    {
        const string before = """
            // Team settings
            {
              "$schema": "./docs/schema/canvaslang.schema.json",
              "rules": {
                /* quiet until the interviews are in */
                "CV202": "off" // irrelevant-offer
              }
            }
            """;
        Apply(before, "off").ShouldBe("""
            // Team settings
            {
              "$schema": "./docs/schema/canvaslang.schema.json",
              "rules": {
                /* quiet until the interviews are in */
                "CV202": "off", // irrelevant-offer
                "CV101": "off"
              }
            }
            """);
    }

    [Fact]
    public void An_empty_root_object_gets_a_rules_member_over_lines()
    {
        Apply("{}\n", "hint").ShouldBe("{\n  \"rules\": {\n    \"CV101\": \"hint\"\n  }\n}\n");
    }

    [Fact]
    public void A_file_without_rules_gets_the_member_after_its_last_one()
    {
        const string before = "{\n    // fixed for CI\n    \"today\": \"2026-11-01\"\n}\n";
        Apply(before, "info").ShouldBe("{\n    // fixed for CI\n    \"today\": \"2026-11-01\",\n    \"rules\": {\n        \"CV101\": \"info\"\n    }\n}\n");
    }

    [Theory]
    [InlineData("vague-entry")]
    [InlineData("CV101")]
    [InlineData("cv101")]
    public void A_rule_configured_by_id_or_name_has_just_its_value_replaced(string key)
    {
        var before = $"{{\n  \"rules\": {{\n    \"{key}\": \"warning\", // why not\n    \"CV202\": \"off\"\n  }}\n}}";
        Apply(before, "info").ShouldBe(before.Replace("\"warning\"", "\"info\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_with_options_keeps_them_and_only_its_severity_changes()
    {
        const string before = "{ \"rules\": { \"CV101\": { \"severity\": \"warning\", \"acceptedWords\": [\"kiosk\"] } } }";
        Apply(before, "off").ShouldBe(before.Replace("\"warning\"", "\"off\"", StringComparison.Ordinal));
        const string noSeverity = "{ \"rules\": { \"vague-entry\": {\n  \"acceptedWords\": [\"kiosk\"] // brand\n} } }";
        Apply(noSeverity, "off").ShouldBe("{ \"rules\": { \"vague-entry\": {\n  \"acceptedWords\": [\"kiosk\"], // brand\n  \"severity\": \"off\"\n} } }");
    }

    [Fact]
    public void When_a_rule_is_given_twice_the_entry_that_applies_is_edited()
    {
        const string before = "{ \"rules\": { \"CV101\": \"hint\", \"vague-entry\": \"warning\" } }";
        Apply(before, "off").ShouldBe("{ \"rules\": { \"CV101\": \"hint\", \"vague-entry\": \"off\" } }");
    }

    [Fact]
    public void A_rule_that_already_has_the_severity_needs_no_edit() =>
        JsoncEdits.SetSeverity(SourceText.From("{ \"rules\": { \"CV101\": \"off\" } }"), VagueEntry, "off")!.ShouldBeEmpty();

    [Fact]
    public void Trailing_commas_tabs_and_crlf_are_kept()
    {
        const string before = "{\r\n\t\"rules\": {\r\n\t\t\"CV202\": \"off\",\r\n\t},\r\n\t\"today\": \"2026-01-01\",\r\n}\r\n";
        Apply(before, "off").ShouldBe("{\r\n\t\"rules\": {\r\n\t\t\"CV202\": \"off\",\r\n\t\t\"CV101\": \"off\",\r\n\t},\r\n\t\"today\": \"2026-01-01\",\r\n}\r\n");
    }

    [Fact]
    public void One_line_objects_stay_on_one_line()
    {
        Apply("{ \"rules\": { \"CV202\": \"off\" } }", "off").ShouldBe("{ \"rules\": { \"CV202\": \"off\", \"CV101\": \"off\" } }");
        Apply("{ \"rules\": {} }", "off").ShouldBe("{ \"rules\": { \"CV101\": \"off\" } }");
        Apply("{ \"rules\": { /* none */ } }", "off").ShouldBe("{ \"rules\": { /* none */ \"CV101\": \"off\" } }");
    }

    [Fact]
    public void An_empty_rules_object_over_lines_keeps_its_comment()
    {
        const string before = "{\n  \"rules\": {\n    // nothing yet\n  }\n}\n";
        Apply(before, "off").ShouldBe("{\n  \"rules\": {\n    // nothing yet\n    \"CV101\": \"off\"\n  }\n}\n");
    }

    [Fact]
    public void Rules_named_by_name_in_the_file_are_added_by_name() =>
        Apply("{ \"rules\": { \"irrelevant-offer\": \"off\" } }", "off").ShouldBe("{ \"rules\": { \"irrelevant-offer\": \"off\", \"vague-entry\": \"off\" } }");

    [Fact]
    public void A_file_of_only_comments_gets_the_object_after_them() =>
        Apply("// configuration comes later\n", "off").ShouldBe(
            "// configuration comes later\n{\n  \"$schema\": \"" + JsoncEdits.SchemaUri + "\",\n  \"rules\": {\n    \"CV101\": \"off\"\n  }\n}\n");

    [Theory]
    [InlineData("{ \"rules\": { \"CV101\": \"off\" ")]
    [InlineData("{ \"rules\": { 'CV101': \"off\" } }")]
    [InlineData("[ \"rules\" ]")]
    [InlineData("{ \"rules\": [\"CV101\"] }")]
    public void Text_that_is_not_an_editable_configuration_is_not_touched(string before) =>
        JsoncEdits.SetSeverity(SourceText.From(before), VagueEntry, "off").ShouldBeNull();

    [Fact]
    public void Accepting_a_word_appends_to_the_array_or_adds_it()
    {
        AcceptKiosk("{ \"rules\": { \"vague-entry\": { \"acceptedWords\": [\"cafe\"] } } }").ShouldBe("{ \"rules\": { \"vague-entry\": { \"acceptedWords\": [\"cafe\", \"kiosk\"] } } }");
        AcceptKiosk("{ \"rules\": { \"CV101\": \"info\" } }").ShouldBe("{ \"rules\": { \"CV101\": { \"severity\": \"info\", \"acceptedWords\": [\"kiosk\"] } } }");
        AcceptKiosk("{ \"rules\": { \"CV101\": { \"minWords\": 2 } } }").ShouldBe("{ \"rules\": { \"CV101\": { \"minWords\": 2, \"acceptedWords\": [\"kiosk\"] } } }");
        AcceptKiosk("{}").ShouldBe("{\n  \"rules\": {\n    \"CV101\": {\n      \"acceptedWords\": [\"kiosk\"]\n    }\n  }\n}");
        JsoncEdits.AcceptWord(SourceText.From("{ \"rules\": { \"CV101\": { \"acceptedWords\": [\"Kiosk\"] } } }"), VagueEntry, "kiosk")!.ShouldBeEmpty();
        JsoncEdits.AcceptWord(SourceText.From("{ \"rules\": { \"CV101\": { \"acceptedWords\": \"kiosk\" } } }"), VagueEntry, "cafe").ShouldBeNull();
    }

    [Fact]
    public void A_new_file_holds_the_schema_and_the_rule()
    {
        var text = JsoncEdits.NewFile(VagueEntry, new Newtonsoft.Json.Linq.JValue("off"));
        text.ShouldContain(JsoncEdits.SchemaUri);
        var config = ConfigurationLoader.Parse("/tmp/canvaslang.json", text);
        config.Diagnostics.ShouldBeEmpty();
        config.Rules["CV101"].Off.ShouldBeTrue();
    }

    private static string Apply(string before, string severity)
    {
        var edits = JsoncEdits.SetSeverity(SourceText.From(before), VagueEntry, severity).ShouldNotBeNull();
        var after = TextEdit.Apply(before, edits);
        var config = ConfigurationLoader.Parse("/tmp/canvaslang.json", after);
        config.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Message.Contains("configured again", StringComparison.Ordinal)).ShouldBeEmpty(after);
        var rule = config.Rules["CV101"];
        (rule.Off ? "off" : rule.Severity.ToString()!.ToLowerInvariant()).ShouldBe(severity);
        return after;
    }

    private static string AcceptKiosk(string before) =>
        TextEdit.Apply(before, JsoncEdits.AcceptWord(SourceText.From(before), VagueEntry, "kiosk").ShouldNotBeNull());
}
