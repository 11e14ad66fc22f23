using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>Refactorings canvas writers reach for: complete a half canvas, move an entry to another block.</summary>
internal static class Refactorings
{
    public static IEnumerable<CanvasAction> At(DocumentAnalysis analysis, TextSpan range)
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
            var blocks = entry.IsProfileEntry
                ? model.OwnProfiles.Select(p => (BlockSyntax)p.Syntax)
                : model.OwnValueMaps.Select(v => (BlockSyntax)v.Syntax);
            foreach (var target in blocks.Where(b => b.Segment?.Text != entry.SegmentName && b.CloseBrace is not null))
            {
                yield return Move(document, entry, target, nl);
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

    /// <summary>Cuts the entry's whole lines and pastes them before the target block's closing brace.</summary>
    private static CanvasAction Move(DocumentSnapshot document, Entry entry, BlockSyntax target, string nl)
    {
        var text = document.Text;
        var startLine = text.LineOf(entry.Span.Start);
        var endLine = text.LineOf(entry.Span.End);
        var cutStart = text.LineStart(startLine);
        var cutEnd = endLine + 1 < text.LineCount ? text.LineStart(endLine + 1) : text.Length;
        var wholeLines = string.IsNullOrWhiteSpace(text.Text[cutStart..entry.Span.Start]) && string.IsNullOrWhiteSpace(text.Text[entry.Span.End..text.LineEnd(endLine)]);
        var cut = wholeLines ? TextSpan.FromBounds(cutStart, cutEnd) : entry.Span;
        var moved = text.Text[entry.Span.Start..entry.Span.End];
        var close = target.CloseBrace!.Span.Start;
        var closeLineStart = text.LineStart(text.LineOf(close));
        var insertAt = string.IsNullOrWhiteSpace(text.Text[closeLineStart..close]) ? closeLineStart : close;
        var insert = insertAt == closeLineStart ? $"  {moved}{nl}" : $"{nl}  {moved}{nl}";
        var kind = target is ProfileSyntax ? "profile" : "value map";
        return new CanvasAction($"Move {entry.Label} to the {kind} of `{target.Segment?.Text}`", ActionKind.Refactor,
            WorkspaceChange.Single(document.Path, text, [new TextEdit(cut, string.Empty), new TextEdit(new TextSpan(insertAt, 0), insert)]));
    }
}
