using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>Refactorings canvas writers reach for: complete a half canvas, move an entry to another block.</summary>
internal static class Refactorings
{
    /// <summary>Segments whose missing profile or value map a request offers to add, in file order.</summary>
    public const int MaxSegments = 10;

    /// <summary>Blocks a request offers to move an entry to: this file's first, then imported files'.</summary>
    public const int MaxMoveTargets = 20;

    public static IEnumerable<CanvasAction> At(WorkspaceModels files, DocumentAnalysis analysis, TextSpan range)
    {
        var model = analysis.Result.Model;
        var document = analysis.Snapshot;
        var nl = SuppressionActions.NewLine(document.Text);
        foreach (var (segment, anchor) in TouchedSegments(analysis, range).Take(MaxSegments))
        {
            if (model.ProfileOf(segment) is null)
            {
                var skeleton = $"{nl}profile {segment} {{{nl}  functional job \"What they are trying to get done\"{nl}  pain \"What gets in the way, made concrete\"{nl}  gain \"An outcome they want\"{nl}}}{nl}";
                yield return Insert(document, AfterDeclaration(document, anchor), skeleton, $"Add a profile for `{segment}`");
            }

            if (model.ValueMapOf(segment) is null)
            {
                var skeleton = $"{nl}valuemap {segment} {{{nl}  product \"What you offer\"{nl}}}{nl}";
                yield return Insert(document, AfterDeclaration(document, anchor), skeleton, $"Add a value map for `{segment}`");
            }
        }

        if (CoveringEntry(analysis, range) is { } entry)
        {
            foreach (var move in MoveEntry.Actions(files, analysis, entry).Take(MaxMoveTargets))
            {
                yield return move;
            }
        }
    }

    /// <summary>
    /// The entry a refactoring acts on: the one the cursor touches, or the one whose lines hold the
    /// whole selection. A selection over several entries (or the whole file) selects none: one
    /// "move" per entry there would be quadratic work for a list nobody reads.
    /// </summary>
    internal static Semantics.Model.Entry? CoveringEntry(DocumentAnalysis analysis, TextSpan range)
    {
        var text = analysis.Text;
        foreach (var entry in analysis.Result.Model.OwnEntries)
        {
            if (range.Length == 0 ? entry.Span.Touches(range.Start) : Lines(text, entry.Span) is var lines && lines.Start <= range.Start && range.End <= lines.End)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The whole lines of <paramref name="span"/>, line break included.</summary>
    private static TextSpan Lines(SourceText text, TextSpan span)
    {
        var last = text.LineOf(span.End);
        var end = last + 1 < text.LineCount ? text.LineStart(last + 1) : text.Length;
        return TextSpan.FromBounds(text.LineStart(text.LineOf(span.Start)), end);
    }

    /// <summary>
    /// Each segment with a declaration (segment, profile or value map) in the range, with the end of
    /// its last declaration, where an added block goes; in one pass over the declarations.
    /// </summary>
    private static IEnumerable<(string Segment, int Anchor)> TouchedSegments(DocumentAnalysis analysis, TextSpan range)
    {
        var segments = analysis.Result.Model.Segments;
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        var touched = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in analysis.Snapshot.Tree.Declarations)
        {
            var name = declaration switch
            {
                SegmentSyntax s => s.Name?.Text,
                BlockSyntax b => b.Segment?.Text,
                _ => null,
            };
            if (name is null || !segments.ContainsKey(name))
            {
                continue;
            }

            anchors[name] = Math.Max(anchors.GetValueOrDefault(name, -1), declaration.Span.End);
            if ((declaration.Span.OverlapsWith(range) || declaration.Span.Touches(range.Start)) && seen.Add(name))
            {
                touched.Add(name);
            }
        }

        return touched.Select(name => (name, anchors[name]));
    }

    /// <summary>The end of the declaration's line, unless another declaration goes on after it on that line.</summary>
    private static int AfterDeclaration(DocumentSnapshot document, int end)
    {
        var lineEnd = document.Text.LineEnd(document.Text.LineOf(end));
        var rest = document.Text.Text.AsSpan(end, lineEnd - end).Trim();
        return rest.IsEmpty || rest.StartsWith("//") ? lineEnd : end;
    }

    private static CanvasAction Insert(DocumentSnapshot document, int at, string text, string title) =>
        new(title, ActionKind.Refactor, WorkspaceChange.Single(document.Path, document.Text, [new TextEdit(new TextSpan(at, 0), text)]));
}
