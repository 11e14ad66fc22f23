using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Binding;

/// <summary>
/// Collects the trees in a file's scope: itself plus its transitive imports (paths relative to the
/// importing file). Problems at this file's own imports are CV005; problems deeper down belong to
/// the file that has them and are reported when that file is analyzed.
/// </summary>
internal static class ImportResolver
{
    public static List<SyntaxTree> Resolve(SyntaxTree root, IDocumentSource source, BinderDiagnostics diagnostics)
    {
        var trees = new List<SyntaxTree> { root };
        var seen = new HashSet<string>(StringComparer.Ordinal) { Normalize(root.Path) };
        foreach (var import in root.Declarations.OfType<ImportSyntax>())
        {
            if (import.Path is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(import.Path.Value))
            {
                diagnostics.Import(import.Path.Span, "the import path is empty: name a .canvas file relative to this one");
                continue;
            }

            var target = ResolvePath(root.Path, import.Path.Value);
            if (string.Equals(target, Normalize(root.Path), StringComparison.Ordinal))
            {
                diagnostics.Import(import.Path.Span, $"\"{import.Path.Value}\" is this file itself: a file cannot import itself");
                continue;
            }

            var load = source.Load(target);
            if (load.Tree is null)
            {
                diagnostics.Import(import.Path.Span, $"cannot import \"{import.Path.Value}\": {load.Error} ({target})");
                continue;
            }

            var cycle = FindCycle(load.Tree, source, Normalize(root.Path), [Path.GetFileName(root.Path), Path.GetFileName(target)], []);
            if (cycle is not null)
            {
                diagnostics.Import(import.Path.Span, $"import cycle: {string.Join(" → ", cycle)}; remove one of these imports");
                continue;
            }

            Collect(load.Tree, source, trees, seen);
        }

        return trees;
    }

    public static string ResolvePath(string importingFile, string relative)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(string.IsNullOrEmpty(importingFile) ? "." : importingFile)) ?? ".";
        return Normalize(Path.Combine(folder, relative.Replace('\\', Path.DirectorySeparatorChar)));
    }

    private static string Normalize(string path) => string.IsNullOrEmpty(path) ? path : Path.GetFullPath(path);

    private static void Collect(SyntaxTree tree, IDocumentSource source, List<SyntaxTree> trees, HashSet<string> seen)
    {
        if (!seen.Add(Normalize(tree.Path)))
        {
            return;
        }

        trees.Add(tree);
        foreach (var import in tree.Declarations.OfType<ImportSyntax>())
        {
            if (import.Path is null || string.IsNullOrWhiteSpace(import.Path.Value))
            {
                continue;
            }

            var load = source.Load(ResolvePath(tree.Path, import.Path.Value));
            if (load.Tree is not null)
            {
                Collect(load.Tree, source, trees, seen);
            }
        }
    }

    /// <summary>A chain of file names leading from <paramref name="tree"/> back to the root, if the imports loop.</summary>
    private static List<string>? FindCycle(SyntaxTree tree, IDocumentSource source, string root, List<string> chain, HashSet<string> visited)
    {
        if (!visited.Add(Normalize(tree.Path)) || chain.Count > 64)
        {
            return null;
        }

        foreach (var import in tree.Declarations.OfType<ImportSyntax>())
        {
            if (import.Path is null || string.IsNullOrWhiteSpace(import.Path.Value))
            {
                continue;
            }

            var target = ResolvePath(tree.Path, import.Path.Value);
            if (string.Equals(target, root, StringComparison.Ordinal))
            {
                return [.. chain, Path.GetFileName(root)];
            }

            var load = source.Load(target);
            if (load.Tree is not null && FindCycle(load.Tree, source, root, [.. chain, Path.GetFileName(target)], visited) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
