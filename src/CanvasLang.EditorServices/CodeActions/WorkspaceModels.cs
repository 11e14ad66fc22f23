using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>
/// The workspace's files as one code action request sees them: trees from open buffers over the
/// disk, bound on demand (names and references only, no rules) and kept for the request.
/// </summary>
internal sealed class WorkspaceModels(Analysis workspace, DocumentAnalysis current, CancellationToken cancellation)
{
    private readonly Dictionary<string, SemanticModel?> models = new(StringComparer.Ordinal) { [current.Snapshot.Path] = current.Result.Model };
    private IReadOnlyList<string>? files;

    public string CurrentPath => current.Snapshot.Path;

    /// <summary>Every canvas of the workspace folders and the open ones, the current file first.</summary>
    public IReadOnlyList<string> Files => files ??= [CurrentPath, .. workspace.AllCanvasFiles().Where(p => p != CurrentPath)];

    public SyntaxTree? Tree(string path)
    {
        cancellation.ThrowIfCancellationRequested();
        return path == CurrentPath ? current.Snapshot.Tree : workspace.Source.Load(path).Tree;
    }

    /// <summary>The file bound with its imports; null when it cannot be read.</summary>
    public SemanticModel? Model(string path)
    {
        if (!models.TryGetValue(path, out var model))
        {
            model = Tree(path) is { IsForeignFormat: false } tree ? Binder.Bind(tree, workspace.Source).Model : null;
            models[path] = model;
        }

        return model;
    }

    /// <summary>The files in the scope of <paramref name="path"/>: itself and what it imports, transitively.</summary>
    public IReadOnlySet<string> Scope(string path) =>
        Model(path) is { } model ? model.TreesInScope.Select(t => t.Path).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal) { path };

    /// <summary>Files that see <paramref name="path"/>: it, and every file importing it directly or not.</summary>
    public IEnumerable<string> FilesSeeing(string path)
    {
        foreach (var file in Files.Append(path).Distinct(StringComparer.Ordinal))
        {
            if (file == path || (Tree(file) is { } tree && tree.Declarations.OfType<ImportSyntax>().Any() && Scope(file).Contains(path)))
            {
                yield return file;
            }
        }
    }
}
