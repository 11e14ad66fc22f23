using System.Collections.Immutable;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Folding;

public enum FoldKind
{
    Region,
    Comment,
    Imports,
}

/// <summary>A foldable range of whole lines.</summary>
public sealed record FoldRange(int StartLine, int EndLine, FoldKind Kind);

/// <summary>Folds braced blocks, multi-line comments and runs of imports.</summary>
public static class FoldingService
{
    public static ImmutableArray<FoldRange> Fold(SyntaxTree tree)
    {
        var text = tree.Text;
        var folds = new List<FoldRange>();
        foreach (var declaration in tree.Declarations)
        {
            var (open, close) = declaration switch
            {
                BlockSyntax b => (b.OpenBrace, b.CloseBrace),
                TestSyntax t => (t.OpenBrace, t.CloseBrace),
                LearningSyntax l => (l.OpenBrace, l.CloseBrace),
                BusinessModelSyntax m => (m.OpenBrace, m.CloseBrace),
                _ => (null, null),
            };
            if (open is not null)
            {
                var end = close is not null ? text.LineOf(close.Span.Start) - 1 : text.LineOf(declaration.Span.End);
                Add(text.LineOf(open.Span.Start), end, FoldKind.Region);
            }
        }

        foreach (var comment in tree.Comments.Where(c => c.IsBlock))
        {
            Add(text.LineOf(comment.Span.Start), text.LineOf(comment.Span.End), FoldKind.Comment);
        }

        var imports = tree.Declarations.OfType<ImportSyntax>().ToList();
        if (imports.Count > 1)
        {
            Add(text.LineOf(imports[0].Span.Start), text.LineOf(imports[^1].Span.End), FoldKind.Imports);
        }

        return [.. folds.OrderBy(f => f.StartLine)];

        void Add(int start, int end, FoldKind kind)
        {
            if (end > start)
            {
                folds.Add(new FoldRange(start, end, kind));
            }
        }
    }
}
