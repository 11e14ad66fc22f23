using System.Collections.Immutable;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Navigation;

public enum HighlightKind
{
    Read,
    Write,
}

public sealed record Highlight(TextSpan Span, HighlightKind Kind);

/// <summary>The outcome of checking a rename before asking for the new name: the span to edit, or why not.</summary>
public sealed record RenameTarget(TextSpan Span, string Placeholder);

/// <summary>Definition, references, highlights and rename, over a file and the workspace files that import it.</summary>
public sealed class NavigationService(Analysis workspace)
{
    public static DocumentLocation? Definition(DocumentAnalysis analysis, int offset) =>
        SymbolFinder.At(analysis.Result.Model, offset)?.Symbol.Location;

    public static ImmutableArray<Highlight> Highlights(DocumentAnalysis analysis, int offset)
    {
        var model = analysis.Result.Model;
        if (SymbolFinder.At(model, offset) is not { } at)
        {
            return [];
        }

        return [.. SymbolFinder.Occurrences(model, at.Symbol).Select(o => new Highlight(o.Span, o.IsDeclaration ? HighlightKind.Write : HighlightKind.Read))];
    }

    /// <summary>Every place the symbol under the cursor is named, in this file and in every workspace file that sees it.</summary>
    public ImmutableArray<DocumentLocation> References(DocumentAnalysis analysis, int offset, bool includeDeclaration, CancellationToken cancellation)
    {
        if (SymbolFinder.At(analysis.Result.Model, offset) is not { } at)
        {
            return [];
        }

        return [.. OccurrencesEverywhere(analysis, at.Symbol, cancellation)
            .Where(o => includeDeclaration || !o.Occurrence.IsDeclaration)
            .Select(o => new DocumentLocation(o.Path, o.Text, o.Occurrence.Span))];
    }

    public static RenameTarget? PrepareRename(DocumentAnalysis analysis, int offset) =>
        SymbolFinder.At(analysis.Result.Model, offset) is { } at ? new RenameTarget(at.Span, at.Symbol.Name) : null;

    /// <summary>The edits renaming the symbol under the cursor everywhere; an error message when the new name cannot be used.</summary>
    public (WorkspaceChange? Change, string? Error) Rename(DocumentAnalysis analysis, int offset, string newName, CancellationToken cancellation)
    {
        var model = analysis.Result.Model;
        if (SymbolFinder.At(model, offset) is not { } at)
        {
            return (null, "nothing to rename here: place the cursor on a segment, entry, test or business model name");
        }

        if (!SymbolFinder.IsValidName(newName))
        {
            return (null, $"`{newName}` is not a valid name: use letters, digits, `_` and `-`, starting with a letter or `_`");
        }

        if (newName != at.Symbol.Name && model.Lookup(newName) is { } clash)
        {
            return (null, $"`{newName}` is already declared as {SymbolWords.Describe(clash)}");
        }

        var documents = OccurrencesEverywhere(analysis, at.Symbol, cancellation)
            .GroupBy(o => o.Path, StringComparer.Ordinal)
            .Select(g => new DocumentEdit(g.Key, g.First().Text, [.. g.Select(o => o.Occurrence.Span).Distinct().Select(s => new TextEdit(s, newName))]))
            .ToImmutableArray();
        return (new WorkspaceChange(documents), null);
    }

    private IEnumerable<(string Path, SourceText Text, SymbolOccurrence Occurrence)> OccurrencesEverywhere(DocumentAnalysis analysis, Symbol symbol, CancellationToken cancellation)
    {
        var seen = new HashSet<(string, int)>();
        var files = new List<string> { analysis.Snapshot.Path, symbol.Location.Path };
        files.AddRange(workspace.AllCanvasFiles());
        foreach (var path in files.Distinct(StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            var fileAnalysis = path == analysis.Snapshot.Path ? analysis : Candidate(path, symbol.Name);
            if (fileAnalysis is null)
            {
                continue;
            }

            foreach (var occurrence in SymbolFinder.Occurrences(fileAnalysis.Result.Model, symbol))
            {
                if (seen.Add((path, occurrence.Span.Start)))
                {
                    yield return (path, fileAnalysis.Text, occurrence);
                }
            }
        }
    }

    /// <summary>Binds a file only when its text names the symbol at all: most files of a workspace do not.</summary>
    private DocumentAnalysis? Candidate(string path, string name)
    {
        var load = workspace.Source.Load(path);
        if (load.Tree is null || !load.Tree.Text.Text.Contains(name, StringComparison.Ordinal))
        {
            return null;
        }

        return workspace.AnalyzeClosed(path);
    }
}
