using System.Collections.Concurrent;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// file:// URIs to full paths and back. A URI of another scheme (untitled:, vscode-notebook:) gets a
/// stable made-up path so the workspace can hold it; the original URI is remembered for replies.
/// </summary>
public sealed class DocumentUris
{
    private readonly ConcurrentDictionary<string, string> uriByPath = new(StringComparer.Ordinal);

    public string ToPath(string uri)
    {
        string path;
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            path = Path.GetFullPath(parsed.LocalPath);
        }
        else
        {
            var name = new string(uri.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
            path = Path.Combine(Path.GetTempPath(), "canvaslang-unsaved", name);
        }

        uriByPath.TryAdd(path, uri);
        return path;
    }

    public string ToUri(string path) =>
        uriByPath.TryGetValue(path, out var uri) ? uri : new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
