using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Cli.Reporting;

/// <summary>SARIF 2.1.0, for code-scanning UIs: one run, every rule's metadata, results with 1-based regions.</summary>
public sealed class SarifReporter(string workingDirectory) : ILintReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(IReadOnlyList<FileReport> reports, IReadOnlyList<InputProblem> inputProblems, LintSummary summary, TextWriter output)
    {
        var rules = RuleCatalog.All;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var results = new JArray();
        foreach (var report in reports)
        {
            foreach (var d in report.Diagnostics)
            {
                var result = new JObject
                {
                    ["ruleId"] = d.Code,
                    ["level"] = Level(d.Severity),
                    ["message"] = new JObject { ["text"] = EndWithPeriod(d.Message) },
                    ["locations"] = new JArray(Location(report, d.Span)),
                };
                if (ruleIndex.TryGetValue(d.Code, out var index))
                {
                    result["ruleIndex"] = index;
                }

                if (d.Related.Length > 0)
                {
                    result["relatedLocations"] = new JArray(d.Related.Select((r, i) => RelatedLocation(r, i)));
                }

                results.Add(result);
            }
        }

        var version = typeof(SarifReporter).Assembly.GetName().Version?.ToString(3) ?? "0.1.0";
        var sarif = new JObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject
                {
                    ["driver"] = new JObject
                    {
                        ["name"] = "canvaslang",
                        ["fullName"] = "CanvasLang linter",
                        ["version"] = version,
                        ["semanticVersion"] = version,
                        ["informationUri"] = "https://github.com/canvaslang/canvaslang",
                        ["rules"] = new JArray(rules.Select(Rule)),
                    },
                },
                ["originalUriBaseIds"] = new JObject
                {
                    ["SRCROOT"] = new JObject { ["uri"] = new Uri(EnsureTrailingSlash(workingDirectory)).AbsoluteUri },
                },
                ["results"] = results,
                ["columnKind"] = "utf16CodeUnits",
                ["invocations"] = new JArray(Invocation(inputProblems)),
            }),
        };
        output.WriteLine(sarif.ToString(Formatting.Indented));
    }

    /// <summary>Inputs that could not be read are the tool's own trouble, not results: SARIF's toolExecutionNotifications.</summary>
    private JObject Invocation(IReadOnlyList<InputProblem> inputProblems)
    {
        var invocation = new JObject { ["executionSuccessful"] = inputProblems.Count == 0 };
        if (inputProblems.Count > 0)
        {
            invocation["toolExecutionNotifications"] = new JArray(inputProblems.Select(p => new JObject
            {
                ["level"] = "error",
                ["message"] = new JObject { ["text"] = EndWithPeriod($"{p.DisplayPath}: {p.Message}") },
                ["locations"] = new JArray(new JObject { ["physicalLocation"] = new JObject { ["artifactLocation"] = ArtifactLocation(p.FullPath) } }),
            }));
        }

        return invocation;
    }

    private static JObject Rule(RuleDescriptor rule) => new()
    {
        ["id"] = rule.Id,
        ["name"] = PascalCase(rule.Name),
        ["shortDescription"] = new JObject { ["text"] = EndWithPeriod(rule.Summary) },
        ["fullDescription"] = new JObject { ["text"] = EndWithPeriod(rule.Summary) },
        ["helpUri"] = rule.HelpUri,
        ["help"] = new JObject { ["text"] = $"See {rule.HelpUri}." },
        ["defaultConfiguration"] = new JObject { ["level"] = Level(rule.DefaultSeverity) },
        ["properties"] = new JObject { ["tags"] = new JArray(rule.IsError ? "error" : "canvas", rule.Name) },
    };

    private JObject ArtifactLocation(string fullPath)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        var location = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? new JObject { ["uri"] = new Uri(fullPath).AbsoluteUri }
            : new JObject { ["uri"] = Uri.EscapeDataString(relative.Replace('\\', '/')).Replace("%2F", "/", StringComparison.Ordinal), ["uriBaseId"] = "SRCROOT" };
        return location;
    }

    private JObject Location(FileReport report, Syntax.Text.TextSpan span)
    {
        var lines = report.Text.GetSpan(span);
        return new JObject
        {
            ["physicalLocation"] = new JObject
            {
                ["artifactLocation"] = ArtifactLocation(report.FullPath),
                ["region"] = new JObject
                {
                    ["startLine"] = lines.Start.Line + 1,
                    ["startColumn"] = lines.Start.Character + 1,
                    ["endLine"] = lines.End.Line + 1,
                    ["endColumn"] = lines.End.Character + 1,
                },
            },
        };
    }

    private JObject RelatedLocation(RelatedInformation related, int id)
    {
        var lines = related.Location.LineSpan;
        return new JObject
        {
            ["id"] = id,
            ["message"] = new JObject { ["text"] = EndWithPeriod(related.Message) },
            ["physicalLocation"] = new JObject
            {
                ["artifactLocation"] = ArtifactLocation(related.Location.Path),
                ["region"] = new JObject
                {
                    ["startLine"] = lines.Start.Line + 1,
                    ["startColumn"] = lines.Start.Character + 1,
                    ["endLine"] = lines.End.Line + 1,
                    ["endColumn"] = lines.End.Character + 1,
                },
            },
        };
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string PascalCase(string kebab) =>
        string.Concat(kebab.Split('-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static string EndWithPeriod(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    private static string EnsureTrailingSlash(string path) => path.EndsWith(Path.DirectorySeparatorChar) ? path : path + Path.DirectorySeparatorChar;
}
