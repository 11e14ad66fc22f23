using System.CommandLine;
using CanvasLang.EditorServices.Export;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;

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
        var path = Path.GetFullPath(Path.Combine(workingDirectory, file));
        var source = new FileSystemDocumentSource();
        var load = source.Load(path);
        if (load.Tree is null)
        {
            stderr.WriteLine($"{file}: cannot read this file: {load.Error}");
            return CanvasCli.UsageError;
        }

        if (load.Tree.Diagnostics.Any(d => d.Severity == Syntax.Diagnostics.DiagnosticSeverity.Error))
        {
            // An export of a half-parsed file would silently drop what the parser could not read.
            stderr.WriteLine($"{file}: not exported: fix the syntax errors first (`canvaslang lint {file}`)");
            return 1;
        }

        var analysis = CanvasAnalyzer.AnalyzeFile(path, source);
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

        return OutputFile.Write(text, output, workingDirectory, stdout, stderr);
    }
}
