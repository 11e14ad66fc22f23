using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Tests.Meta;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Tests.Configuration;

/// <summary>canvaslang.json as the analyzer sees it: severities, options, mistakes, ignore, today.</summary>
public class ConfigurationTests
{
    private const string Offers = """
        segment s "Design agencies"
        profile s {
          job j "Invoice clients on the 1st"
        }
        valuemap s {
          product payroll "Payroll module"
          product app "Invoicing app" serves nope
        }
        """;

    [Theory]
    [InlineData("CV202", "error", DiagnosticSeverity.Error)]
    [InlineData("irrelevant-offer", "hint", DiagnosticSeverity.Hint)]
    [InlineData("IRRELEVANT-OFFER", "info", DiagnosticSeverity.Info)]
    public void Severity_is_set_by_id_or_name(string key, string severity, DiagnosticSeverity expected)
    {
        var config = Lint.Config($$"""{ "rules": { "{{key}}": "{{severity}}" } }""");
        config.Diagnostics.ShouldBeEmpty();
        Lint.Of("CV202", Offers, config).Single().Severity.ShouldBe(expected);
    }

    [Fact]
    public void Object_form_sets_severity_and_options()
    {
        var config = Lint.Config("""{ "rules": { "CV202": { "severity": "info" } } }""");
        Lint.Of("CV202", Offers, config).Single().Severity.ShouldBe(DiagnosticSeverity.Info);
    }

    [Fact]
    public void Off_turns_a_rule_off()
    {
        Lint.Of("CV202", Offers, Lint.Config("""{ "rules": { "irrelevant-offer": "off" } }""")).ShouldBeEmpty();
        Lint.Of("CV202", Offers).ShouldHaveSingleItem();
    }

    [Fact]
    public void Accepted_words_silence_CV502_for_those_words()
    {
        const string text = """
            segment s "Freelancers" aka "freelancers"
            statement s "Seamless invoicing for freelancers"
            """;
        Lint.Of("CV502", text).Single().Message.ShouldContain("'seamless'");
        Lint.Of("CV502", text, Lint.Config("""{ "rules": { "vague-statement": { "acceptedWords": ["Seamless"] } } }""")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{ "rules": { "CV999": "off" } }""", "CV999", "unknown rule `CV999`")]
    [InlineData("""{ "rules": { "vague-statment": "off" } }""", "vague-statment", "did you mean `vague-statement`?")]
    [InlineData("""{ "rules": { "CV201": { "minEntries": "four" } } }""", "\"four\"", "must be a whole number")]
    [InlineData("""{ "rules": { "CV201": { "minEntry": 5 } } }""", "minEntry", "its options are minEntries")]
    [InlineData("""{ "rules": { "CV202": "loud" } }""", "\"loud\"", "severity of CV202 must be")]
    [InlineData("""{ "rules": { "CV202": "of" } }""", "\"of\"", "; did you mean `off`?")]
    [InlineData("""{ "rules": { "CV202": { "severity": "warnign" } } }""", "\"warnign\"", "; did you mean `warning`?")]
    [InlineData("""{ "today": "30 June" }""", "\"30 June\"", "`today` must be a date")]
    public void Mistakes_are_located_in_the_configuration_and_the_defaults_apply(string json, string located, string message)
    {
        var config = Lint.Config(json);
        var d = config.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("CV900");
        d.Message.ShouldContain(message);
        json.Substring(d.Span.Start, d.Span.Length).ShouldContain(located);
        Lint.Of("CV202", Offers, config).Single().Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Bad_json_is_one_located_diagnostic()
    {
        var config = Lint.Config("{ \"rules\": { \"CV202\": \"off\", } ");
        config.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("not valid JSON");
        config.Rules.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("CV002")]
    [InlineData("unknown-reference")]
    public void Error_rules_cannot_be_turned_off_or_down(string key)
    {
        foreach (var severity in new[] { "off", "warning" })
        {
            var config = Lint.Config($$"""{ "rules": { "{{key}}": "{{severity}}" } }""");
            config.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("is an error and is always on");
            Lint.Of("CV002", Offers, config).Single().Severity.ShouldBe(DiagnosticSeverity.Error);
        }

        Lint.Config($$"""{ "rules": { "{{key}}": "error" } }""").Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Ignore_globs_match_relative_to_the_configuration()
    {
        var config = Lint.Config("""{ "ignore": ["drafts/**", "*.old.canvas"] }""");
        config.IsIgnored(Lint.PathOf("drafts/a/b.canvas")).ShouldBeTrue();
        config.IsIgnored(Lint.PathOf("x.old.canvas")).ShouldBeTrue();
        config.IsIgnored(Lint.PathOf("coffee.canvas")).ShouldBeFalse();
        config.IsIgnored(Path.Combine(Path.GetTempPath(), "elsewhere", "drafts", "c.canvas")).ShouldBeFalse();
    }

    [Fact]
    public void Today_fixes_the_date_for_overdue_tests()
    {
        const string text = "segment s \"x\"\ntest t for s {\n  due 2026-03-01\n  status running\n}\n";
        var before = AnalysisOptions.For(Lint.Config("""{ "today": "2026-02-01" }"""));
        before.Today.ShouldBe(new DateOnly(2026, 2, 1));
        Lint.Of("CV403", text, before.Configuration, today: before.Today).ShouldBeEmpty();
        var after = AnalysisOptions.For(Lint.Config("""{ "today": "2026-03-05" }"""));
        Lint.Of("CV403", text, after.Configuration, today: after.Today).Single().Message.ShouldContain("4 days ago");
    }

    [Fact]
    public void Unknown_top_level_setting_is_a_warning()
    {
        var d = Lint.Config("""{ "rulez": {} }""").Diagnostics.ShouldHaveSingleItem();
        d.Severity.ShouldBe(DiagnosticSeverity.Warning);
        d.Message.ShouldContain("unknown setting `rulez`");
    }

    [Fact]
    public void The_loader_reads_the_nearest_file_up_the_tree()
    {
        var root = Path.Combine(Path.GetTempPath(), "canvaslang-config-" + Guid.NewGuid().ToString("N"));
        var nested = Directory.CreateDirectory(Path.Combine(root, "a", "b")).FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, CanvasConfiguration.FileName), """{ "rules": { "CV202": "off" } }""");
            var config = ConfigurationLoader.LoadFor(Path.Combine(nested, "x.canvas"));
            config.Path.ShouldBe(Path.Combine(root, CanvasConfiguration.FileName));
            config.Rules["CV202"].Off.ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
