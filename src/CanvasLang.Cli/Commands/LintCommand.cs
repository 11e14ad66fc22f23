using System.Collections.Immutable;
using System.CommandLine;
using CanvasLang.Cli.Inputs;
using CanvasLang.Cli.Reporting;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Cli.Commands;

/// <summary>`canvaslang lint`: analyze files, folders and globs; report as text, JSON, SARIF or GitLab Code Quality; exit 0/1/2.</summary>
public static class LintCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Canvas files, folders (searched for *.canvas) or globs.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json, sarif or gitlab (Code Quality).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "gitlab");
        var maxWarnings = new Option<int>("--max-warnings") { Description = "Fail (exit 1) when there are more warnings than this.", DefaultValueFactory = _ => -1 };
        var command = new Command("lint", "Check canvases for errors and for the mistakes the value proposition method warns about.") { paths, format, maxWarnings };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? "text",
            result.GetValue(maxWarnings),
            Directory.GetCurrentDirectory(),
            stdout,
            stderr));
        return command;
    }

    public static int Run(string[] arguments, string format, int maxWarnings, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        var inputs = InputExpansion.Expand(arguments, workingDirectory);
        if (inputs.Count == 0)
        {
            stderr.WriteLine("canvaslang: no .canvas files found in the given paths");
            return CanvasCli.UsageError;
        }

        var source = new FileSystemDocumentSource();
        var reports = new List<FileReport>();
        var inputProblems = new List<InputProblem>();
        var configurations = new Dictionary<string, CanvasConfiguration>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (input.Problem is not null)
            {
                inputProblems.Add(new InputProblem(input.Path, Display(input.Path, workingDirectory), input.Problem));
                continue;
            }

            var configuration = ConfigurationFor(input.Path, configurations);
            if (configuration.IsIgnored(input.Path))
            {
                continue;
            }

            var load = source.Load(input.Path);
            if (load.Tree is null)
            {
                inputProblems.Add(new InputProblem(input.Path, Display(input.Path, workingDirectory), $"cannot read this file: {load.Error}"));
                continue;
            }

            var result = CanvasAnalyzer.Analyze(load.Tree, source, AnalysisOptions.For(configuration));
            reports.Add(new FileReport(input.Path, Display(input.Path, workingDirectory), result.Tree.Text, result.Diagnostics));
        }

        // Problems in a configuration file are reported once, on that file.
        foreach (var configuration in configurations.Values.Where(c => c.Diagnostics.Length > 0 && c.Path is not null))
        {
            reports.Add(new FileReport(configuration.Path!, Display(configuration.Path!, workingDirectory), configuration.Text!, configuration.Diagnostics));
        }

        var summary = LintSummary.Of(reports);
        ILintReporter reporter = format switch
        {
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(workingDirectory),
            "gitlab" => new GitLabReporter(),
            _ => new TextReporter(),
        };
        reporter.Write(reports, inputProblems, summary, stdout);
        foreach (var problem in inputProblems)
        {
            stderr.WriteLine($"canvaslang: {problem.DisplayPath}: {problem.Message}");
        }

        var tooManyWarnings = maxWarnings >= 0 && summary.Warnings > maxWarnings;
        if (tooManyWarnings && format == "text")
        {
            stderr.WriteLine($"canvaslang: {summary.Warnings} warnings, more than --max-warnings {maxWarnings}");
        }

        // An input that could not be read means the run did not check what was asked: not a clean pass.
        return inputProblems.Count > 0 ? CanvasCli.UsageError : summary.Errors > 0 || tooManyWarnings ? 1 : 0;
    }

    private static CanvasConfiguration ConfigurationFor(string path, Dictionary<string, CanvasConfiguration> cache)
    {
        var found = ConfigurationLoader.Find(path);
        if (found is null)
        {
            return CanvasConfiguration.Empty;
        }

        if (!cache.TryGetValue(found, out var configuration))
        {
            cache[found] = configuration = ConfigurationLoader.Load(found);
        }

        return configuration;
    }

    private static string Display(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
