using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Semantics.Tests.Meta;

/// <summary>docs/schema/canvaslang.schema.json is what <see cref="ConfigurationSchema"/> generates from the catalog.</summary>
public class SchemaTests
{
    private static string SchemaPath => Path.Combine(RepoRoot.Path, "docs", "schema", "canvaslang.schema.json");

    [Fact]
    public void Committed_schema_equals_the_generated_one()
    {
        var generated = ConfigurationSchema.Generate();
        if (Environment.GetEnvironmentVariable("CANVASLANG_UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(SchemaPath)!);
            File.WriteAllText(SchemaPath, generated);
        }

        File.Exists(SchemaPath).ShouldBeTrue("docs/schema/canvaslang.schema.json is missing; run the tests with CANVASLANG_UPDATE_SCHEMA=1 to write it");
        File.ReadAllText(SchemaPath).Replace("\r\n", "\n", StringComparison.Ordinal).ShouldBe(generated,
            "the committed schema is stale; regenerate it with: CANVASLANG_UPDATE_SCHEMA=1 dotnet test tests/CanvasLang.Semantics.Tests --filter SchemaTests");
    }

    [Fact]
    public void Lists_every_rule_by_id_and_name_and_keeps_errors_on()
    {
        var rules = (JObject)ConfigurationSchema.Build()["properties"]!["rules"]!["properties"]!;
        foreach (var rule in RuleCatalog.All)
        {
            rules[rule.Id].ShouldNotBeNull(rule.Id);
            rules[rule.Name].ShouldNotBeNull(rule.Name);
            var severities = rules[rule.Id]!["oneOf"]![0]!["enum"]!.Values<string>().ToList();
            severities.ShouldBe(rule.IsError ? ["error"] : ["error", "warning", "info", "hint", "off"]);
            var options = (JObject)rules[rule.Id]!["oneOf"]![1]!["properties"]!;
            options.Properties().Select(p => p.Name).ShouldBe(["severity", .. rule.Options.Select(o => o.Name)]);
        }

        rules["CV201"]!["oneOf"]![1]!["properties"]!["minEntries"]!["default"]!.Value<int>().ShouldBe(4);
    }
}
