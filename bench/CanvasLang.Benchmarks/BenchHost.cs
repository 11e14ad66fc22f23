using CanvasLang.EditorServices.Workspace;

namespace CanvasLang.Benchmarks;

/// <summary>The editor's analysis host with one file open and analyzed, as the server holds it after `didOpen`.</summary>
internal static class BenchHost
{
    public static (AnalysisHost Host, string Path, DocumentAnalysis Analysis) Open(string file, string text)
    {
        var host = new AnalysisHost();
        var path = Path.GetFullPath(file);
        host.ApplyChange(new DocumentOpened(path, 1, text));
        return (host, path, host.Current.AnalyzeAsync(path).GetAwaiter().GetResult());
    }
}
