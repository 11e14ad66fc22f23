using CanvasLang.Semantics.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Cli.Reporting;

/// <summary>The JSON output documented in the README (format version 1): files, their diagnostics with 1-based ranges, the inputs that could not be read, a summary.</summary>
public sealed class JsonReporter : ILintReporter
{
    public void Write(IReadOnlyList<FileReport> reports, IReadOnlyList<InputProblem> inputProblems, LintSummary summary, TextWriter output)
    {
        var files = new JArray();
        foreach (var report in reports)
        {
            var diagnostics = new JArray();
            foreach (var d in report.Diagnostics)
            {
                var span = report.Text.GetSpan(d.Span);
                diagnostics.Add(new JObject
                {
                    ["code"] = d.Code,
                    ["name"] = d.RuleName,
                    ["severity"] = SeverityWords.Of(d.Severity),
                    ["message"] = d.Message,
                    ["range"] = new JObject
                    {
                        ["start"] = new JObject { ["line"] = span.Start.Line + 1, ["column"] = span.Start.Character + 1 },
                        ["end"] = new JObject { ["line"] = span.End.Line + 1, ["column"] = span.End.Character + 1 },
                    },
                    ["offset"] = d.Span.Start,
                    ["length"] = d.Span.Length,
                    ["helpUri"] = RuleCatalog.Find(d.Code)?.HelpUri,
                    ["fixes"] = new JArray(d.Fixes.Select(f => f.Title)),
                });
            }

            files.Add(new JObject { ["path"] = report.DisplayPath, ["diagnostics"] = diagnostics });
        }

        var document = new JObject
        {
            ["version"] = 1,
            ["files"] = files,
            ["inputProblems"] = new JArray(inputProblems.Select(p => new JObject { ["path"] = p.DisplayPath, ["message"] = p.Message })),
            ["summary"] = new JObject
            {
                ["files"] = summary.Files,
                ["errors"] = summary.Errors,
                ["warnings"] = summary.Warnings,
                ["infos"] = summary.Infos,
                ["hints"] = summary.Hints,
                ["inputProblems"] = inputProblems.Count,
            },
        };
        output.WriteLine(document.ToString(Formatting.Indented));
    }
}
