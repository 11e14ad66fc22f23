using System.CommandLine;
using CanvasLang.EditorServices.Rendering;
using CanvasLang.Semantics.Binding;

namespace CanvasLang.Cli.Commands;

/// <summary>`canvaslang render`: the canvas picture as SVG or a self-contained HTML page.</summary>
public static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The canvas file to draw." };
        var segment = new Option<string?>("--segment", "-s") { Description = "Draw only this segment's canvas (and its personas and cards)." };
        var format = new Option<string>("--format", "-f") { Description = "svg or html.", DefaultValueFactory = _ => "svg" };
        format.AcceptOnlyFromAmong("svg", "html");
        var theme = new Option<string>("--theme") { Description = "light or dark.", DefaultValueFactory = _ => "light" };
        theme.AcceptOnlyFromAmong("light", "dark");
        var output = new Option<string?>("--output", "-o") { Description = "Write here instead of to standard output." };
        var force = new Option<bool>("--force") { Description = "Exit 0 even when the file has syntax errors (the picture still shows them in a banner)." };
        var command = new Command("render", "Draw the value proposition canvas of each segment (with its personas; and business models, test and learning cards).")
        {
            file, segment, format, theme, output, force,
        };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(segment), result.GetValue(format) ?? "svg",
            result.GetValue(theme) ?? "light", result.GetValue(output), Directory.GetCurrentDirectory(), stdout, stderr, result.GetValue(force)));
        return command;
    }

    public static int Run(string file, string? segment, string format, string theme, string? output, string workingDirectory, TextWriter stdout, TextWriter stderr, bool force = false)
    {
        if (InputCanvas.Analyze(file, workingDirectory, stderr) is not { } analysis)
        {
            return CanvasCli.UsageError;
        }

        // A half-read file draws a misleading picture (a lost quote swallows the next attribute): say so.
        var syntaxErrors = analysis.Tree.Diagnostics.Where(d => d.Severity == Syntax.Diagnostics.DiagnosticSeverity.Error).ToList();
        foreach (var error in syntaxErrors)
        {
            var at = analysis.Tree.Text.GetPosition(error.Span.Start);
            stderr.WriteLine($"{file}:{at.Line + 1}:{at.Character + 1}: error {error.Code} {error.RuleName}: {error.Message}");
        }

        if (syntaxErrors.Count > 0)
        {
            stderr.WriteLine(force
                ? $"canvaslang: {file} has syntax errors; drawn anyway (--force), with a banner listing them"
                : $"canvaslang: {file} has syntax errors; the picture shows them in a banner and this exits 1 (--force to exit 0)");
        }

        var options = new RenderOptions(segment, theme == "dark" ? RenderTheme.Dark : RenderTheme.Light);
        string rendered;
        try
        {
            rendered = format == "html" ? CanvasRenderer.RenderHtml(analysis, options) : CanvasRenderer.RenderSvg(analysis, options);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"{file}: {e.Message}");
            return CanvasCli.UsageError;
        }

        var written = OutputFile.Write(rendered, output, workingDirectory, stdout, stderr);
        return written != 0 ? written : syntaxErrors.Count > 0 && !force ? 1 : 0;
    }
}

/// <summary>Where render, export and import put their result: a file (written atomically) or standard output.</summary>
internal static class OutputFile
{
    public static int Write(string text, string? output, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (output is null || output == "-")
        {
            stdout.Write(text);
            return 0;
        }

        var target = Path.GetFullPath(Path.Combine(workingDirectory, output));
        var temp = target + $".{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temp, text, new System.Text.UTF8Encoding(false));
            File.Move(temp, target, overwrite: true);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"canvaslang: cannot write {output}: {DocumentReader.Describe(e)}");
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            return 1;
        }
    }
}
