using CanvasLang.EditorServices.Workspace;

namespace CanvasLang.EditorServices.Tests;

/// <summary>The editor's messages in one line each, as tests write them: each applies one change to the host or reads its current snapshot.</summary>
internal static class HostTestExtensions
{
    public static DocumentSnapshot Open(this AnalysisHost host, string path, int version, string text) =>
        host.ApplyChange(new DocumentOpened(path, version, text)).Document!;

    public static ChangeOutcome Change(this AnalysisHost host, string path, int version, IReadOnlyList<TextChange> changes, out DocumentSnapshot? snapshot)
    {
        var result = host.ApplyChange(new DocumentEdited(path, version, changes));
        snapshot = result.Document;
        return result.Outcome;
    }

    public static void FilesChanged(this AnalysisHost host, IEnumerable<string> paths) => host.ApplyChange(new FilesChanged([.. paths]));

    public static ConfigurationBuffer OpenConfiguration(this AnalysisHost host, string path, int version, string text) =>
        host.ApplyChange(new ConfigurationOpened(path, version, text)).Configuration!;

    public static bool CloseConfiguration(this AnalysisHost host, string path)
    {
        var wasOpen = host.Current.ConfigurationBufferOf(path) is not null;
        host.ApplyChange(new ConfigurationClosed(path));
        return wasOpen;
    }

    public static Task<DocumentAnalysis> AnalyzeAsync(this AnalysisHost host, string path) => host.Current.AnalyzeAsync(path);

    public static DocumentSnapshot? Get(this AnalysisHost host, string path) => host.Current.Get(path);

    public static ConfigurationBuffer? ConfigurationBufferOf(this AnalysisHost host, string path) => host.Current.ConfigurationBufferOf(path);

    public static IReadOnlyList<string> OpenImportersOf(this AnalysisHost host, string path) => host.Current.OpenImportersOf(path);
}
