namespace CanvasLang.Cli.Reporting;

/// <summary>`path:line:col: severity CV101 name: message`, one per line, then a summary: what compilers and linters print.</summary>
public sealed class TextReporter : ILintReporter
{
    public void Write(IReadOnlyList<FileReport> reports, IReadOnlyList<InputProblem> inputProblems, LintSummary summary, TextWriter output)
    {
        // The input problems themselves go to standard error (the command writes them); the summary counts them.
        var unread = inputProblems.Count == 0 ? string.Empty : $" {Plural(inputProblems.Count, "input")} could not be read.";
        foreach (var report in reports)
        {
            foreach (var d in report.Diagnostics)
            {
                var start = report.Text.GetPosition(d.Span.Start);
                output.WriteLine($"{report.DisplayPath}:{start.Line + 1}:{start.Character + 1}: {SeverityWords.Of(d.Severity)} {d.Code} {d.RuleName}: {d.Message}");
            }
        }

        if (summary.Problems == 0)
        {
            output.WriteLine($"No problems in {Plural(summary.Files, "file")}.{unread}");
            return;
        }

        output.WriteLine(
            $"{Plural(summary.Problems, "problem")} ({Plural(summary.Errors, "error")}, {Plural(summary.Warnings, "warning")}, {summary.Infos} info, {Plural(summary.Hints, "hint")}) in {Plural(summary.Files, "file")}.{unread}");
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
