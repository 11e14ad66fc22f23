using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Semantics.Configuration;

/// <summary>
/// The JSON Schema (draft-07) of canvaslang.json, generated from the rule catalog so the schema the
/// editor validates with never drifts from what <see cref="ConfigurationLoader"/> accepts.
/// docs/schema/canvaslang.schema.json is this output, checked by a test.
/// </summary>
public static class ConfigurationSchema
{
    public const string Id = "https://github.com/canvaslang/canvaslang/blob/main/docs/schema/canvaslang.schema.json";

    public static JObject Build()
    {
        var rules = new JObject();
        foreach (var rule in RuleCatalog.All)
        {
            // Both spellings are accepted by the loader, so both are offered by completion.
            rules[rule.Id] = RuleSchema(rule);
            rules[rule.Name] = RuleSchema(rule);
        }

        return new JObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = Id,
            ["title"] = "CanvasLang configuration",
            ["description"] = "canvaslang.json: severities and options of the CanvasLang rules, files to ignore, and a fixed date for reproducible runs.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JObject
            {
                ["$schema"] = new JObject { ["type"] = "string", ["description"] = "The schema this file follows." },
                ["rules"] = new JObject
                {
                    ["type"] = "object",
                    ["description"] = "Per rule, by id (CV101) or name (vague-entry): a severity, \"off\", or an object with a severity and the rule's options.",
                    ["additionalProperties"] = false,
                    ["properties"] = rules,
                },
                ["ignore"] = new JObject
                {
                    ["type"] = "array",
                    ["description"] = "Globs of files not to analyze, relative to this file's folder (\"drafts/**\").",
                    ["items"] = new JObject { ["type"] = "string" },
                },
                ["today"] = new JObject
                {
                    ["type"] = "string",
                    ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                    ["description"] = "The date overdue tests (CV403) are compared with, as YYYY-MM-DD; the clock's date when absent. Set it in CI for reproducible results.",
                },
            },
        };
    }

    public static string Generate() => Build().ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static JObject RuleSchema(RuleDescriptor rule)
    {
        var severity = Severity(rule);
        var settings = new JObject { ["severity"] = severity };
        foreach (var option in rule.Options)
        {
            settings[option.Name] = OptionSchema(option);
        }

        return new JObject
        {
            ["description"] = $"{rule.Id} {rule.Name}: {rule.Summary} Default: {Word(rule.DefaultSeverity)}.",
            ["oneOf"] = new JArray
            {
                severity,
                new JObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = settings },
            },
        };
    }

    private static JObject Severity(RuleDescriptor rule) => new()
    {
        ["type"] = "string",
        // Errors are always on: the loader refuses any other severity for them.
        ["enum"] = rule.IsError ? new JArray("error") : new JArray("error", "warning", "info", "hint", "off"),
    };

    private static JObject OptionSchema(RuleOption option)
    {
        var schema = option.Type switch
        {
            RuleOptionType.Integer => new JObject { ["type"] = "integer", ["minimum"] = 0 },
            RuleOptionType.Number => new JObject { ["type"] = "number" },
            _ => new JObject { ["type"] = "array", ["items"] = new JObject { ["type"] = "string" } },
        };
        schema["description"] = option.Description;
        schema["default"] = JToken.FromObject(option.Default);
        return schema;
    }

    private static string Word(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();
}
