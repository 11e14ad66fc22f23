using System.CommandLine;
using CanvasLang.Cli.Commands;

namespace CanvasLang.Cli;

/// <summary>The `canvaslang` command line: one entry point, so tests run it in-process with their own writers.</summary>
public static class CanvasCli
{
    /// <summary>Exit code when the command itself is misused (unknown option, bad value, no input).</summary>
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("CanvasLang: Value Proposition Canvases as text. Lint, explain rules, format, render, and run the language server.");
        foreach (var command in Commands(stdout, stderr))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"canvaslang: {error.Message}");
            }

            stderr.WriteLine("Run `canvaslang --help` for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static IEnumerable<Command> Commands(TextWriter stdout, TextWriter stderr) =>
    [
        LintCommand.Create(stdout, stderr),
        ExplainCommand.Create(stdout, stderr),
        LspCommand.Create(),
        FormatCommand.Create(stdout, stderr),
        RenderCommand.Create(stdout, stderr),
        ExportCommand.Create(stdout, stderr),
        ImportCommand.Create(stdout, stderr),
    ];
}
