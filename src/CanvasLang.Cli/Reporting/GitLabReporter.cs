using System.Security.Cryptography;
using System.Text;
using CanvasLang.Syntax.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Cli.Reporting;

/// <summary>
/// GitLab Code Quality: the Code Climate issue array GitLab reads from `artifacts:reports:codequality`.
/// Severities: error → critical, warning → major, info → minor, hint → info (`blocker` is left for
/// tools whose findings must stop a merge; a canvas error does not break a build).
/// </summary>
public sealed class GitLabReporter : ILintReporter
{
    // Input problems (a missing or unreadable path) have no place in a Code Climate report: they are on
    // stderr and in the exit code 2, as with the other formats.
    public void Write(IReadOnlyList<FileReport> reports, IReadOnlyList<InputProblem> inputProblems, LintSummary summary, TextWriter output)
    {
        var issues = new JArray();
        foreach (var report in reports)
        {
            // GitLab matches issues by path relative to the repository root, with '/' on every OS.
            var path = report.DisplayPath.Replace('\\', '/');
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var d in report.Diagnostics)
            {
                var span = report.Text.GetSpan(d.Span);
                var identity = string.Join('\n', path, d.Code, d.Message, Flagged(report, d));
                seen[identity] = seen.TryGetValue(identity, out var n) ? n + 1 : 0;
                issues.Add(new JObject
                {
                    ["type"] = "issue",
                    ["check_name"] = d.Code,
                    ["description"] = $"{d.Code} {d.RuleName}: {d.Message}",
                    ["categories"] = new JArray(d.Severity == DiagnosticSeverity.Error ? "Bug Risk" : "Clarity"),
                    ["severity"] = Severity(d.Severity),
                    ["fingerprint"] = Fingerprint(identity, seen[identity]),
                    ["location"] = new JObject
                    {
                        ["path"] = path,
                        ["lines"] = new JObject { ["begin"] = span.Start.Line + 1, ["end"] = span.End.Line + 1 },
                    },
                });
            }
        }

        output.WriteLine(issues.ToString(Formatting.Indented));
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "critical",
        DiagnosticSeverity.Warning => "major",
        DiagnosticSeverity.Info => "minor",
        _ => "info",
    };

    // The flagged text rather than the line number: GitLab compares fingerprints between the base and
    // the merge request, and a finding must not count as new because lines were added above it.
    private static string Flagged(FileReport report, Diagnostic d) =>
        d.Span.End <= report.Text.Length ? report.Text[d.Span] : string.Empty;

    // Identical findings in one file (same rule, message and text) are told apart by their order.
    private static string Fingerprint(string identity, int occurrence) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}\n{occurrence}")))[..32];
}
