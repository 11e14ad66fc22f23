using System.Collections.Immutable;
using CanvasLang.EditorServices.Navigation;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>
/// "Move entry to another block" as a refactoring that keeps the canvas consistent, in one change
/// over every file concerned:
/// <list type="bullet">
/// <item>the entry's lines move (with its trailing comment and the comment lines directly above it,
/// which describe it or suppress a rule on it) to the target profile or value map, in this file or
/// in a file it imports, after the target's entries of the same area;</item>
/// <item>references to it that the move would break (a value map of its old segment naming it, here
/// or in any file that imports this one) lose that name, or the whole attribute when it was the only one;</item>
/// <item>its own references that would point to another segment's entries from the target lose them too;</item>
/// <item>its id is renamed when the target file's scope (or a file importing it) already declares it.</item>
/// </list>
/// References that were wrong before the move are left as they are: the move does not guess.
/// </summary>
internal sealed class MoveEntry
{
    private readonly WorkspaceModels files;
    private readonly DocumentAnalysis analysis;
    private readonly Entry entry;
    private readonly BlockSyntax source;
    private List<Site>? sites;

    private MoveEntry(WorkspaceModels files, DocumentAnalysis analysis, Entry entry, BlockSyntax source)
    {
        this.files = files;
        this.analysis = analysis;
        this.entry = entry;
        this.source = source;
    }

    private SemanticModel Model => analysis.Result.Model;

    private string Here => analysis.Snapshot.Path;

    public static IEnumerable<CanvasAction> Actions(WorkspaceModels files, DocumentAnalysis analysis, Entry entry)
    {
        var model = analysis.Result.Model;
        var targets = (entry.IsProfileEntry
                ? model.Profiles.Values.Select(p => new Target(p.Syntax, p.SegmentName, p.Location.Path, "profile"))
                : model.ValueMaps.Values.Select(v => new Target(v.Syntax, v.SegmentName, v.Location.Path, "value map")))
            .Where(t => t.Segment != entry.SegmentName && t.Block.CloseBrace is not null)
            .OrderBy(t => t.Path == analysis.Snapshot.Path ? 0 : 1)
            .ThenBy(t => t.Path, StringComparer.Ordinal)
            .ThenBy(t => t.Block.Span.Start)
            .ToList();
        var source = analysis.Snapshot.Tree.Declarations.OfType<BlockSyntax>().FirstOrDefault(b => b.Entries.Any(e => ReferenceEquals(e, entry.Syntax)));
        if (targets.Count == 0 || source is null)
        {
            yield break;
        }

        var move = new MoveEntry(files, analysis, entry, source);
        foreach (var target in targets)
        {
            if (move.To(target) is { } action)
            {
                yield return action;
            }
        }
    }

    /// <summary>The action moving the entry to <paramref name="target"/>; null when its edits would collide (never seen, but never sent).</summary>
    private CanvasAction? To(Target target)
    {
        var text = analysis.Text;
        var sameFile = target.Path == Here;
        var targetTree = sameFile ? analysis.Snapshot.Tree : Model.TreesInScope.First(t => t.Path == target.Path);
        var targetScope = files.Scope(target.Path);
        var (cut, _, indent) = LayoutEdits.EntryLines(text, entry.Syntax, source, analysis.Snapshot.Tree.Comments);
        var newId = sameFile ? null : FreshIdIn(target.Path);

        // Edits inside the moved lines go into the moved text; the others are edits of their files.
        var inner = new List<TextEdit>();
        var innerDeletions = new List<TextSpan>();
        var deletions = new Dictionary<string, (SourceText Text, ImmutableArray<CommentSyntax> Comments, List<TextSpan> Spans)>(StringComparer.Ordinal);
        var renames = new Dictionary<string, (SourceText Text, List<TextEdit> Edits)>(StringComparer.Ordinal);
        var removed = 0;

        // (b) references to the entry that are valid now and would name another segment's entry after the move.
        foreach (var group in Sites().GroupBy(s => (s.Path, s.Attribute)))
        {
            var gone = group.Where(s => s.From.SegmentName == entry.SegmentName && Addresses(s.From.Area) == entry.Area).Select(s => s.Name).ToHashSet();
            removed += gone.Count;
            var first = group.First();
            var inside = first.Path == Here && cut.Contains(first.Name.Span.Start);
            var bounds = inside ? cut : new TextSpan(0, first.Text.Length);
            if (gone.Count > 0)
            {
                var spans = LayoutEdits.RemoveNames(first.Text, first.Attribute, gone, bounds);
                if (inside)
                {
                    innerDeletions.AddRange(spans);
                }
                else
                {
                    Deletions(first.Path, first.Text, first.Comments).AddRange(spans);
                }
            }

            foreach (var kept in group.Where(s => newId is not null && !gone.Contains(s.Name)))
            {
                var rename = new TextEdit(kept.Name.Span, newId!);
                if (inside)
                {
                    inner.Add(rename);
                }
                else
                {
                    Renames(kept.Path, kept.Text).Add(rename);
                }
            }
        }

        // (c) the entry's own references that would leave its new segment.
        var expected = Addresses(entry.Area);
        foreach (var attribute in entry.Syntax.Attributes.Where(a => a.References.Length > 0))
        {
            var gone = attribute.References.Where(name =>
                Model.ResolvedNames.GetValueOrDefault(name)?.Target is Entry to && to.Area == expected && to.SegmentName == entry.SegmentName
                && !(to.SegmentName == target.Segment && targetScope.Contains(to.Location.Path))).ToHashSet();
            removed += gone.Count;
            if (gone.Count > 0)
            {
                innerDeletions.AddRange(LayoutEdits.RemoveNames(text, attribute, gone, cut));
            }
        }

        // (d) the declaration itself, when its id is taken where it goes.
        if (newId is not null && entry.Syntax.Id is { } id)
        {
            inner.Add(new TextEdit(id.Span, newId));
        }

        inner.AddRange(LayoutEdits.Deletions(innerDeletions, analysis.Snapshot.Tree.Comments));
        var moved = TextEdit.Apply(text[cut], inner.Select(e => e with { Span = new TextSpan(e.Span.Start - cut.Start, e.Span.Length) }));
        var insert = LayoutEdits.InsertEntry(targetTree.Text, target.Block, entry.Area, LayoutEdits.Unindent(moved, indent), targetTree.Comments);

        var documents = new List<DocumentEdit>();
        var paths = new[] { Here, target.Path }.Concat(deletions.Keys).Concat(renames.Keys).Distinct(StringComparer.Ordinal).ToList();
        foreach (var path in paths)
        {
            var edits = new List<TextEdit>();
            var fileText = path == Here ? text : path == target.Path ? targetTree.Text : deletions.TryGetValue(path, out var d) ? d.Text : renames[path].Text;
            if (path == Here)
            {
                edits.Add(new TextEdit(cut, string.Empty));
            }

            if (path == target.Path)
            {
                edits.Add(insert);
            }

            if (deletions.TryGetValue(path, out var del))
            {
                edits.AddRange(LayoutEdits.Deletions(del.Spans, del.Comments));
            }

            if (renames.TryGetValue(path, out var ren))
            {
                edits.AddRange(ren.Edits);
            }

            if (!Disjoint(edits))
            {
                return null;
            }

            documents.Add(new DocumentEdit(path, fileText, [.. edits.OrderBy(e => e.Span.Start)]));
        }

        var fileCount = deletions.Count(d => d.Value.Spans.Count > 0) + (innerDeletions.Count > 0 && !deletions.ContainsKey(Here) ? 1 : 0);
        return new CanvasAction(Title(target, newId, removed, fileCount), ActionKind.Refactor, new WorkspaceChange([.. documents]));

        List<TextSpan> Deletions(string path, SourceText fileText, ImmutableArray<CommentSyntax> comments)
        {
            if (!deletions.TryGetValue(path, out var slot))
            {
                deletions[path] = slot = (fileText, comments, []);
            }

            return slot.Spans;
        }

        List<TextEdit> Renames(string path, SourceText fileText)
        {
            if (!renames.TryGetValue(path, out var slot))
            {
                renames[path] = slot = (fileText, []);
            }

            return slot.Edits;
        }
    }

    private string Title(Target target, string? newId, int removed, int fileCount)
    {
        var where = target.Path == Here ? string.Empty : $" in {Relative(target.Path)}";
        var notes = new List<string>();
        if (newId is not null)
        {
            notes.Add($"renamed `{newId}`: `{entry.Id}` is taken there");
        }

        if (removed > 0)
        {
            notes.Add($"removes {removed} reference{(removed == 1 ? string.Empty : "s")}{(fileCount > 1 ? $" in {fileCount} files" : string.Empty)}");
        }

        return $"Move {entry.Label} to the {target.Kind} of `{target.Segment}`{where}{(notes.Count > 0 ? $" ({string.Join("; ", notes)})" : string.Empty)}";
    }

    private string Relative(string path) => Path.GetRelativePath(Path.GetDirectoryName(Here) ?? ".", path).Replace('\\', '/');

    /// <summary>
    /// A new id when the entry's own is taken in a file that will see it only after the move (the
    /// target file, or another file importing it but not this one); null when it is free.
    /// </summary>
    private string? FreshIdIn(string targetPath)
    {
        if (entry.Id is not { } id)
        {
            return null;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var clash = false;
        foreach (var path in files.FilesSeeing(targetPath))
        {
            if (files.Model(path) is not { } model)
            {
                continue;
            }

            taken.UnionWith(model.Symbols.Keys);
            clash |= model.Symbols.ContainsKey(id) && !files.Scope(path).Contains(Here);
        }

        if (!clash)
        {
            return null;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{id}_{n}";
            if (!taken.Contains(candidate) && SymbolFinder.IsValidName(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Every value map entry naming the moved entry, in this file and in every file that sees it.</summary>
    private List<Site> Sites()
    {
        if (sites is not null)
        {
            return sites;
        }

        sites = [];
        if (entry.Id is not { } id || Model.Lookup(id) is not { } symbol || !ReferenceEquals(symbol.Target, entry))
        {
            return sites;
        }

        foreach (var path in files.Files)
        {
            if (files.Tree(path) is not { } tree || !tree.Text.Text.Contains(id, StringComparison.Ordinal)
                || files.Model(path) is not { } model || !model.TreesInScope.Any(t => t.Path == Here))
            {
                continue;
            }

            foreach (var from in model.OwnValueMaps.SelectMany(v => v.Entries))
            {
                foreach (var attribute in from.Syntax.Attributes)
                {
                    foreach (var name in attribute.References)
                    {
                        if (model.ResolvedNames.TryGetValue(name, out var to) && SymbolFinder.SameSymbol(to, symbol))
                        {
                            sites.Add(new Site(path, tree.Text, tree.Comments, from, attribute, name));
                        }
                    }
                }
            }
        }

        return sites;
    }

    /// <summary>The area a value map area's references name: serves jobs, relieves pains, creates gains.</summary>
    private static CanvasArea? Addresses(CanvasArea area) => area switch
    {
        CanvasArea.ProductsAndServices => CanvasArea.Jobs,
        CanvasArea.PainRelievers => CanvasArea.Pains,
        CanvasArea.GainCreators => CanvasArea.Gains,
        _ => null,
    };

    private static bool Disjoint(List<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (a, b) = (ordered[i - 1].Span, ordered[i].Span);
            if (b.Start < a.End || (b.Start == a.Start && a.Length == 0 && b.Length == 0))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Target(BlockSyntax Block, string Segment, string Path, string Kind);

    /// <summary>A name in a value map entry's attribute that refers to the moved entry.</summary>
    private sealed record Site(string Path, SourceText Text, ImmutableArray<CommentSyntax> Comments, Entry From, AttributeSyntax Attribute, NameSyntax Name);
}
