using System.Collections.Immutable;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Cli.Reporting;

/// <summary>The diagnostics of one file, with the text they point into (for line/column).</summary>
public sealed record FileReport(string FullPath, string DisplayPath, SourceText Text, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// An input the run could not check: a path that leads to nothing, a folder or file that cannot be
/// read. It is not a finding about a canvas, so it has no rule id; it makes the run exit 2.
/// </summary>
public sealed record InputProblem(string FullPath, string DisplayPath, string Message);

/// <summary>Counts by severity over a whole run.</summary>
public sealed record LintSummary(int Files, int Errors, int Warnings, int Infos, int Hints)
{
    public int Problems => Errors + Warnings + Infos + Hints;

    public static LintSummary Of(IReadOnlyCollection<FileReport> reports)
    {
        var all = reports.SelectMany(r => r.Diagnostics).ToList();
        return new LintSummary(
            reports.Count,
            all.Count(d => d.Severity == DiagnosticSeverity.Error),
            all.Count(d => d.Severity == DiagnosticSeverity.Warning),
            all.Count(d => d.Severity == DiagnosticSeverity.Info),
            all.Count(d => d.Severity == DiagnosticSeverity.Hint));
    }
}

/// <summary>Writes a run's reports in one output format.</summary>
public interface ILintReporter
{
    void Write(IReadOnlyList<FileReport> reports, IReadOnlyList<InputProblem> inputProblems, LintSummary summary, TextWriter output);
}

public static class SeverityWords
{
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hint",
    };
}
