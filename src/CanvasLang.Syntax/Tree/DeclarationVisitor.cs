namespace CanvasLang.Syntax.Tree;

/// <summary>
/// One method per kind of top-level declaration, each abstract: a feature that visits declarations
/// says what it does with every kind, and a new kind of declaration is a compile error in every
/// feature until it is handled there.
/// </summary>
public abstract class DeclarationVisitor<TResult>
{
    public TResult Visit(DeclarationSyntax declaration) => declaration.Accept(this);

    public abstract TResult VisitTitle(TitleSyntax title);

    public abstract TResult VisitImport(ImportSyntax import);

    public abstract TResult VisitSegment(SegmentSyntax segment);

    public abstract TResult VisitProfile(ProfileSyntax profile);

    public abstract TResult VisitValueMap(ValueMapSyntax valueMap);

    public abstract TResult VisitStatement(StatementSyntax statement);

    public abstract TResult VisitTest(TestSyntax test);

    public abstract TResult VisitLearning(LearningSyntax learning);

    public abstract TResult VisitPurpose(PurposeSyntax purpose);

    public abstract TResult VisitBusinessModel(BusinessModelSyntax model);

    public abstract TResult VisitPersona(PersonaSyntax persona);

    public abstract TResult VisitInterview(InterviewSyntax interview);

    public abstract TResult VisitAssumption(AssumptionSyntax assumption);

    public abstract TResult VisitPositioning(PositioningSyntax positioning);

    public abstract TResult VisitEmpathyMap(EmpathyMapSyntax map);

    public abstract TResult VisitFitStage(FitStageSyntax fit);

    public abstract TResult VisitSwot(SwotSyntax swot);

    public abstract TResult VisitMetrics(MetricsSyntax metrics);
}

/// <summary>The same as <see cref="DeclarationVisitor{TResult}"/> for features that collect rather than return.</summary>
public abstract class DeclarationWalker
{
    public void Visit(DeclarationSyntax declaration) => declaration.Accept(this);

    public void VisitAll(IEnumerable<DeclarationSyntax> declarations)
    {
        foreach (var declaration in declarations)
        {
            declaration.Accept(this);
        }
    }

    public abstract void VisitTitle(TitleSyntax title);

    public abstract void VisitImport(ImportSyntax import);

    public abstract void VisitSegment(SegmentSyntax segment);

    public abstract void VisitProfile(ProfileSyntax profile);

    public abstract void VisitValueMap(ValueMapSyntax valueMap);

    public abstract void VisitStatement(StatementSyntax statement);

    public abstract void VisitTest(TestSyntax test);

    public abstract void VisitLearning(LearningSyntax learning);

    public abstract void VisitPurpose(PurposeSyntax purpose);

    public abstract void VisitBusinessModel(BusinessModelSyntax model);

    public abstract void VisitPersona(PersonaSyntax persona);

    public abstract void VisitInterview(InterviewSyntax interview);

    public abstract void VisitAssumption(AssumptionSyntax assumption);

    public abstract void VisitPositioning(PositioningSyntax positioning);

    public abstract void VisitEmpathyMap(EmpathyMapSyntax map);

    public abstract void VisitFitStage(FitStageSyntax fit);

    public abstract void VisitSwot(SwotSyntax swot);

    public abstract void VisitMetrics(MetricsSyntax metrics);
}
