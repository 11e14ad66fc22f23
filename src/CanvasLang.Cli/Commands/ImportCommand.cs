using System.CommandLine;
using CanvasLang.EditorServices.Export;

namespace CanvasLang.Cli.Commands;

/// <summary>`canvaslang import`: CanvasLang export JSON or CanvasCreator JSON (detected by shape) back to CanvasLang text.</summary>
public static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A JSON file: a CanvasLang export or a CanvasCreator canvas." };
        var segment = new Option<string?>("--segment", "-s") { Description = "Segment name for a CanvasCreator canvas (default: from its metadata, else `imported`)." };
        var output = new Option<string?>("--output", "-o") { Description = "The .canvas file to write (default: standard output)." };
        var command = new Command("import", "Turn exported JSON (CanvasLang or APIOps CanvasCreator) into a CanvasLang file.") { file, segment, output };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(segment), result.GetValue(output), Directory.GetCurrentDirectory(), stdout, stderr));
        return command;
    }

    /// <summary>0 when imported; 2 when the file cannot be read or is not JSON the importer can carry over (each problem on standard error).</summary>
    public static int Run(string file, string? segment, string? output, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        string json;
        try
        {
            json = File.ReadAllText(Path.GetFullPath(Path.Combine(workingDirectory, file)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"canvaslang: {file}: cannot read this file: {Semantics.Binding.DocumentReader.Describe(e)}");
            return CanvasCli.UsageError;
        }

        ImportResult result;
        try
        {
            result = CanvasJsonImporter.Import(json, segment);
        }
        catch (ImportException e)
        {
            // Like lint's input problems: not findings about a canvas, so no canvas is written and the exit code is 2.
            foreach (var problem in e.Problems)
            {
                stderr.WriteLine($"canvaslang: {Located(file, problem)}");
            }

            return CanvasCli.UsageError;
        }

        foreach (var warning in result.Warnings)
        {
            stderr.WriteLine(Located(file, warning));
        }

        return OutputFile.Write(result.Text, output, workingDirectory, stdout, stderr);
    }

    /// <summary>`file:line:col: $.path: message`, as compilers locate a problem in a file.</summary>
    private static string Located(string file, ImportProblem problem) =>
        $"{file}{(problem.HasPosition ? $":{problem.Line}:{problem.Column}" : string.Empty)}: {problem with { Line = 0 }}";
}
