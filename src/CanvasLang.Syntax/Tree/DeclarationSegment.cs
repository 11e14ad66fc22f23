namespace CanvasLang.Syntax.Tree;

/// <summary>The segment a declaration belongs to, as written (null for declarations of no segment or with the name missing).</summary>
public sealed class DeclarationSegment : DeclarationVisitor<NameSyntax?>
{
    private static readonly DeclarationSegment Instance = new();

    private DeclarationSegment()
    {
    }

    public static NameSyntax? Of(DeclarationSyntax declaration) => Instance.Visit(declaration);

    public override NameSyntax? VisitTitle(TitleSyntax title) => null;

    public override NameSyntax? VisitImport(ImportSyntax import) => null;

    // A segment is its own: outlines put the others under it.
    public override NameSyntax? VisitSegment(SegmentSyntax segment) => null;

    public override NameSyntax? VisitProfile(ProfileSyntax profile) => profile.Segment;

    public override NameSyntax? VisitValueMap(ValueMapSyntax valueMap) => valueMap.Segment;

    public override NameSyntax? VisitStatement(StatementSyntax statement) => statement.Segment;

    public override NameSyntax? VisitTest(TestSyntax test) => test.Segment;

    // A learning card belongs to a test, not directly to a segment.
    public override NameSyntax? VisitLearning(LearningSyntax learning) => null;

    public override NameSyntax? VisitPurpose(PurposeSyntax purpose) => purpose.Segment;

    // A business model lists several segments.
    public override NameSyntax? VisitBusinessModel(BusinessModelSyntax model) => null;

    public override NameSyntax? VisitPersona(PersonaSyntax persona) => persona.Segment;

    public override NameSyntax? VisitInterview(InterviewSyntax interview) => interview.Segment;

    public override NameSyntax? VisitAssumption(AssumptionSyntax assumption) => assumption.Segment;

    public override NameSyntax? VisitPositioning(PositioningSyntax positioning) => positioning.Segment;

    // The name after `for`: a segment or a persona (the binder tells which).
    public override NameSyntax? VisitEmpathyMap(EmpathyMapSyntax map) => map.Segment;

    public override NameSyntax? VisitFitStage(FitStageSyntax fit) => fit.Name;

    public override NameSyntax? VisitSwot(SwotSyntax swot) => swot.Segment;

    public override NameSyntax? VisitMetrics(MetricsSyntax metrics) => metrics.Segment;
}
