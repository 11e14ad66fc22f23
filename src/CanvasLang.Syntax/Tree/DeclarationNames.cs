namespace CanvasLang.Syntax.Tree;

/// <summary>Every name a declaration holds, declared or referenced, in source order.</summary>
public sealed class DeclarationNames : DeclarationVisitor<IEnumerable<NameSyntax>>
{
    private static readonly DeclarationNames Instance = new();

    private DeclarationNames()
    {
    }

    public static IEnumerable<NameSyntax> Of(DeclarationSyntax declaration) => Instance.Visit(declaration);

    public override IEnumerable<NameSyntax> VisitTitle(TitleSyntax title) => [];

    public override IEnumerable<NameSyntax> VisitImport(ImportSyntax import) => [];

    public override IEnumerable<NameSyntax> VisitSegment(SegmentSyntax segment) => Present(segment.Name);

    public override IEnumerable<NameSyntax> VisitProfile(ProfileSyntax profile) => Block(profile);

    public override IEnumerable<NameSyntax> VisitValueMap(ValueMapSyntax valueMap) => Block(valueMap);

    public override IEnumerable<NameSyntax> VisitStatement(StatementSyntax statement) => Present(statement.Segment);

    public override IEnumerable<NameSyntax> VisitTest(TestSyntax test) => Present(test.Name, test.Segment).Concat(test.Fields.SelectMany(f => f.References));

    public override IEnumerable<NameSyntax> VisitLearning(LearningSyntax learning) => Present(learning.Name, learning.Test);

    public override IEnumerable<NameSyntax> VisitPurpose(PurposeSyntax purpose) => Present(purpose.Segment);

    public override IEnumerable<NameSyntax> VisitBusinessModel(BusinessModelSyntax model) =>
        Present(model.Name).Concat(model.Blocks.SelectMany(b => b.References));

    public override IEnumerable<NameSyntax> VisitPersona(PersonaSyntax persona) =>
        Present(persona.Name, persona.Segment).Concat(persona.Fields.SelectMany(f => f.References));

    // `heard pain "…"` holds its kind as a token, not a name.
    public override IEnumerable<NameSyntax> VisitInterview(InterviewSyntax interview) => Present(interview.Name, interview.Segment);

    public override IEnumerable<NameSyntax> VisitAssumption(AssumptionSyntax assumption) => Present(assumption.Name, assumption.Segment);

    public override IEnumerable<NameSyntax> VisitPositioning(PositioningSyntax positioning) => Present(positioning.Name, positioning.Segment);

    public override IEnumerable<NameSyntax> VisitEmpathyMap(EmpathyMapSyntax map) => Present(map.Name, map.Segment);

    public override IEnumerable<NameSyntax> VisitFitStage(FitStageSyntax fit) => Present(fit.Name).Concat(fit.Fields.SelectMany(f => f.References));

    public override IEnumerable<NameSyntax> VisitSwot(SwotSyntax swot) => Present(swot.Name, swot.Segment).Concat(Entries(swot.Items));

    public override IEnumerable<NameSyntax> VisitMetrics(MetricsSyntax metrics) => Present(metrics.Name, metrics.Segment).Concat(Entries(metrics.Items));

    private static IEnumerable<NameSyntax> Block(BlockSyntax block) => Present(block.Segment).Concat(Entries(block.Entries));

    private static IEnumerable<NameSyntax> Entries(IEnumerable<EntrySyntax> entries) =>
        entries.SelectMany(e => Present(e.Id).Concat(e.Attributes.SelectMany(a => a.References)));

    private static IEnumerable<NameSyntax> Present(params NameSyntax?[] names) => names.OfType<NameSyntax>();
}
