using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;

namespace CanvasLang.Cli.Commands;

/// <summary>The one canvas a command such as render or export works on, read and analyzed, or a message why not.</summary>
internal static class InputCanvas
{
    public static AnalysisResult? Analyze(string file, string workingDirectory, TextWriter stderr, bool requireNoSyntaxErrors = false)
    {
        var path = Path.GetFullPath(Path.Combine(workingDirectory, file));
        var source = new FileSystemDocumentSource();
        var load = source.Load(path);
        if (load.Tree is null)
        {
            stderr.WriteLine($"{file}: cannot read this file: {load.Error}");
            return null;
        }

        if (requireNoSyntaxErrors && load.Tree.Diagnostics.Any(d => d.Severity == Syntax.Diagnostics.DiagnosticSeverity.Error))
        {
            // An export of a half-parsed file would silently drop what the parser could not read.
            stderr.WriteLine($"{file}: not exported: fix the syntax errors first (`canvaslang lint {file}`)");
            return null;
        }

        return CanvasAnalyzer.AnalyzeFile(path, source);
    }
}
