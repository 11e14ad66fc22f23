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
            var (open, close) = Braces.Instance.Visit(declaration);
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

    /// <summary>The braces of each kind of declaration that has them: a new kind is a compile error here until it says.</summary>
    private sealed class Braces : DeclarationVisitor<(SyntaxToken? Open, SyntaxToken? Close)>
    {
        public static readonly Braces Instance = new();

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitTitle(TitleSyntax title) => (null, null);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitImport(ImportSyntax import) => (null, null);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitSegment(SegmentSyntax segment) => (null, null);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitProfile(ProfileSyntax profile) => (profile.OpenBrace, profile.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitValueMap(ValueMapSyntax valueMap) => (valueMap.OpenBrace, valueMap.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitStatement(StatementSyntax statement) => (null, null);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitTest(TestSyntax test) => (test.OpenBrace, test.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitLearning(LearningSyntax learning) => (learning.OpenBrace, learning.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitPurpose(PurposeSyntax purpose) => (null, null);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitBusinessModel(BusinessModelSyntax model) => (model.OpenBrace, model.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitPersona(PersonaSyntax persona) => (persona.OpenBrace, persona.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitInterview(InterviewSyntax interview) => (interview.OpenBrace, interview.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitAssumption(AssumptionSyntax assumption) => (assumption.OpenBrace, assumption.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitPositioning(PositioningSyntax positioning) => (positioning.OpenBrace, positioning.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitEmpathyMap(EmpathyMapSyntax map) => (map.OpenBrace, map.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitFitStage(FitStageSyntax fit) => (fit.OpenBrace, fit.CloseBrace);
        public override (SyntaxToken? Open, SyntaxToken? Close) VisitSwot(SwotSyntax swot) => (swot.OpenBrace, swot.CloseBrace);

        public override (SyntaxToken? Open, SyntaxToken? Close) VisitMetrics(MetricsSyntax metrics) => (metrics.OpenBrace, metrics.CloseBrace);
    }
}
