using System.CommandLine;
using CanvasLang.EditorServices.Export;

namespace CanvasLang.Cli.Commands;

/// <summary>`canvaslang export`: JSON (docs/schema/canvas.schema.json), Markdown for pull requests, or CanvasCreator JSON.</summary>
public static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The canvas file to export." };
        var format = new Option<string>("--format", "-f") { Description = "json, markdown or canvascreator.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "markdown", "canvascreator");
        var segment = new Option<string?>("--segment", "-s") { Description = "For canvascreator: the segment to export (it holds one canvas)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write here instead of to standard output." };
        var command = new Command("export", "Export a canvas as JSON, Markdown or APIOps CanvasCreator JSON.") { file, format, segment, output };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(format) ?? "json", result.GetValue(segment), result.GetValue(output),
            Directory.GetCurrentDirectory(), stdout, stderr));
        return command;
    }

    public static int Run(string file, string format, string? segment, string? output, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (InputCanvas.Analyze(file, workingDirectory, stderr, requireNoSyntaxErrors: true) is not { } analysis)
        {
            return File.Exists(Path.Combine(workingDirectory, file)) ? 1 : CanvasCli.UsageError;
        }

        string text;
        switch (format)
        {
            case "markdown":
                text = CanvasMarkdownExporter.Export(analysis);
                break;
            case "canvascreator":
                var (json, warnings) = CanvasCreatorFormat.Export(analysis, segment, DateTimeOffset.UtcNow);
                foreach (var warning in warnings)
                {
                    stderr.WriteLine($"{file}: {warning}");
                }

                text = json;
                break;
            default:
                text = CanvasJsonExporter.Export(analysis);
                break;
        }

        // None of the formats has a place for comments: say so rather than drop them without a word.
        if (analysis.Tree.Comments.Length is var comments and > 0)
        {
            stderr.WriteLine($"{file}: {(comments == 1 ? "1 comment is" : $"{comments} comments are")} not exported: the {format} format has no place for comments, so an import gives the canvas without them");
        }

        return OutputFile.Write(text, output, workingDirectory, stdout, stderr);
    }
}
