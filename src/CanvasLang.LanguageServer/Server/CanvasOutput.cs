using CanvasLang.EditorServices.Workspace;
using StreamJsonRpc;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// Render and export, delegated to the editor services' renderer. Until it is part of the build,
/// the requests fail with a clear RequestFailed error instead of an empty preview.
/// </summary>
internal static class CanvasOutput
{
    public static string Render(DocumentAnalysis analysis, string format, string theme) =>
        throw Unavailable($"rendering ({format}, {theme} theme) of {Path.GetFileName(analysis.Snapshot.Path)}");

    public static string Export(DocumentAnalysis analysis, string format) =>
        throw Unavailable($"export as {format} of {Path.GetFileName(analysis.Snapshot.Path)}");

    private static LocalRpcException Unavailable(string what) =>
        new($"{what} is not available in this build of the CanvasLang server yet") { ErrorCode = -32803 };
}
