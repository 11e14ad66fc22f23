using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>Refactorings canvas writers reach for: complete a half canvas, move an entry to another block.</summary>
internal static class Refactorings
{
    public static IEnumerable<CanvasAction> At(WorkspaceModels files, DocumentAnalysis analysis, TextSpan range)
    {
        var model = analysis.Result.Model;
        var document = analysis.Snapshot;
        var nl = SuppressionActions.NewLine(document.Text);
        foreach (var segment in model.Segments.Values)
        {
            if (!Touches(analysis, segment.Name, range, out var anchor))
            {
                continue;
            }

            if (model.ProfileOf(segment.Name) is null)
            {
                var skeleton = $"{nl}profile {segment.Name} {{{nl}  functional job \"What they are trying to get done\"{nl}  pain \"What gets in the way, made concrete\"{nl}  gain \"An outcome they want\"{nl}}}{nl}";
                yield return Insert(document, AfterDeclaration(document, anchor), skeleton, $"Add a profile for `{segment.Name}`");
            }

            if (model.ValueMapOf(segment.Name) is null)
            {
                var skeleton = $"{nl}valuemap {segment.Name} {{{nl}  product \"What you offer\"{nl}}}{nl}";
                yield return Insert(document, AfterDeclaration(document, anchor), skeleton, $"Add a value map for `{segment.Name}`");
            }
        }

        foreach (var entry in model.OwnEntries.Where(e => e.Span.OverlapsWith(range) || e.Span.Touches(range.Start)))
        {
            foreach (var move in MoveEntry.Actions(files, analysis, entry))
            {
                yield return move;
            }
        }
    }

    private static bool Touches(DocumentAnalysis analysis, string segment, TextSpan range, out int anchor)
    {
        anchor = -1;
        foreach (var declaration in analysis.Snapshot.Tree.Declarations)
        {
            var name = declaration switch
            {
                SegmentSyntax s => s.Name,
                BlockSyntax b => b.Segment,
                _ => null,
            };
            if (name?.Text == segment)
            {
                anchor = Math.Max(anchor, declaration.Span.End);
                if (declaration.Span.OverlapsWith(range) || declaration.Span.Touches(range.Start))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int AfterDeclaration(DocumentSnapshot document, int end) => document.Text.LineEnd(document.Text.LineOf(end));

    private static CanvasAction Insert(DocumentSnapshot document, int at, string text, string title) =>
        new(title, ActionKind.Refactor, WorkspaceChange.Single(document.Path, document.Text, [new TextEdit(new TextSpan(at, 0), text)]));
}
