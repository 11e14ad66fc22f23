using CanvasLang.EditorServices.CodeActions;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>
/// A workspace folder with canvases on disk, some of them open in the "editor"; applies a
/// <see cref="WorkspaceChange"/> the way an editor would (open buffers changed, closed files written).
/// </summary>
internal sealed class MultiFileWorkspace : IDisposable
{
    private readonly Dictionary<string, int> versions = new(StringComparer.Ordinal);

    public MultiFileWorkspace()
    {
        Folder = Directory.CreateTempSubdirectory("canvaslang-move-").FullName;
        Workspace = new AnalysisHost(Folder);
    }

    public string Folder { get; }

    public AnalysisHost Workspace { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Writes a file on disk (not open).</summary>
    public void Write(string name, string text) => File.WriteAllText(PathOf(name), text);

    /// <summary>Opens a file with this text (also written to disk, as a saved file would be).</summary>
    public void Open(string name, string text)
    {
        Write(name, text);
        var path = PathOf(name);
        versions[path] = versions.GetValueOrDefault(path) + 1;
        Workspace.Open(path, versions[path], text);
    }

    /// <summary>The text of a file: the open buffer, else the disk.</summary>
    public string Text(string name) => Workspace.Get(PathOf(name))?.Text.Text ?? File.ReadAllText(PathOf(name));

    public DocumentAnalysis Analyze(string name) => Workspace.AnalyzeAsync(PathOf(name)).GetAwaiter().GetResult();

    /// <summary>The code actions at the first occurrence of <paramref name="marker"/> in an open file.</summary>
    public IReadOnlyList<CanvasAction> ActionsAt(string name, string marker, bool snippets = false)
    {
        var analysis = Analyze(name);
        var offset = analysis.Text.Text.IndexOf(marker, StringComparison.Ordinal);
        offset.ShouldBeGreaterThanOrEqualTo(0, $"`{marker}` is not in {name}");
        return new CodeActionService(Workspace.Current).Actions(analysis, new TextSpan(offset, 0), snippets: snippets);
    }

    /// <summary>Applies the change to every file it names; returns the new texts by file name.</summary>
    public Dictionary<string, string> Apply(WorkspaceChange change)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in change.Documents)
        {
            var before = document.Text?.Text ?? string.Empty;
            var current = Workspace.Get(document.Path)?.Text.Text ?? (File.Exists(document.Path) ? File.ReadAllText(document.Path) : string.Empty);
            current.ShouldBe(before, $"the edit of {Path.GetFileName(document.Path)} was computed on another text");
            var after = TextEdit.Apply(before, document.Edits);
            File.WriteAllText(document.Path, after);
            if (Workspace.Get(document.Path) is not null)
            {
                versions[document.Path] = versions.GetValueOrDefault(document.Path) + 1;
                Workspace.Open(document.Path, versions[document.Path], after);
            }

            result[Path.GetFileName(document.Path)] = after;
        }

        Workspace.FilesChanged(change.Documents.Select(d => d.Path));
        return result;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left behind in temp: harmless.
        }
    }
}
