using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Syntax.Tree;

/// <summary>
/// Moves nodes by a number of characters: after an edit, everything behind the reparsed piece keeps
/// its shape and only its position changes. Spans are absolute, so this is a copy, not a mutation.
/// </summary>
internal static class SyntaxShift
{
    public static DeclarationSyntax Shift(DeclarationSyntax node, int delta) => delta == 0 ? node : new DeclarationShift(delta).Visit(node);

    public static EntrySyntax Shift(EntrySyntax e, int delta) => delta == 0 ? e : new EntrySyntax(
        e.Kind, Shift(e.Qualifier, delta), Shift(e.Keyword, delta), Shift(e.Id, delta), Shift(e.Text, delta),
        ShiftAll(e.Attributes, delta, Shift), Shift(e.Span, delta));

    public static CommentSyntax Shift(CommentSyntax c, int delta) => delta == 0 ? c : c with { Span = Shift(c.Span, delta) };

    private static AttributeSyntax Shift(AttributeSyntax a, int delta) =>
        new(Shift(a.Keyword, delta), Shift(a.Value, delta), ShiftAll(a.References, delta, Shift), Shift(a.Span, delta));

    private static FieldSyntax Shift(FieldSyntax f, int delta) =>
        new(Shift(f.Keyword, delta), Shift(f.Text, delta), Shift(f.Value, delta), ShiftAll(f.References, delta, Shift), Shift(f.Span, delta));

    private static BusinessModelBlockSyntax Shift(BusinessModelBlockSyntax b, int delta) =>
        new(Shift(b.Keyword, delta), ShiftAll(b.References, delta, Shift), ShiftAll(b.Items, delta, Shift), Shift(b.Span, delta));

    private static TextSpan Shift(TextSpan span, int delta) => new(span.Start + delta, span.Length);

    [return: NotNullIfNotNull(nameof(token))]
    internal static SyntaxToken? Shift(SyntaxToken? token, int delta) => token is null ? null : new(token.Text, Shift(token.Span, delta));

    [return: NotNullIfNotNull(nameof(name))]
    internal static NameSyntax? Shift(NameSyntax? name, int delta) => name is null ? null : new(name.Text, Shift(name.Span, delta));

    [return: NotNullIfNotNull(nameof(s))]
    private static StringSyntax? Shift(StringSyntax? s, int delta) => s is null ? null : new(s.Value, Shift(s.Span, delta));

    internal static ImmutableArray<T> ShiftAll<T>(ImmutableArray<T> items, int delta, Func<T, int, T> shift)
    {
        if (items.IsDefaultOrEmpty)
        {
            return items;
        }

        var result = ImmutableArray.CreateBuilder<T>(items.Length);
        foreach (var item in items)
        {
            result.Add(shift(item, delta));
        }

        return result.MoveToImmutable();
    }

    /// <summary>A copy of each kind of declaration, moved: a new kind is a compile error here until it is moved too.</summary>
    private sealed class DeclarationShift(int delta) : DeclarationVisitor<DeclarationSyntax>
    {
        public override DeclarationSyntax VisitTitle(TitleSyntax t) => new TitleSyntax(Shift(t.Keyword, delta), Shift(t.Text, delta), Shift(t.Span, delta));

        public override DeclarationSyntax VisitImport(ImportSyntax i) => new ImportSyntax(Shift(i.Keyword, delta), Shift(i.Path, delta), Shift(i.Span, delta));

        public override DeclarationSyntax VisitSegment(SegmentSyntax s) => new SegmentSyntax(Shift(s.Keyword, delta), Shift(s.Name, delta), Shift(s.Description, delta),
            ShiftAll(s.Aliases, delta, Shift), Shift(s.Span, delta));

        public override DeclarationSyntax VisitProfile(ProfileSyntax p) => new ProfileSyntax(Shift(p.Keyword, delta), Shift(p.Segment, delta), Shift(p.OpenBrace, delta),
            ShiftAll(p.Entries, delta, Shift), Shift(p.CloseBrace, delta), Shift(p.Span, delta));

        public override DeclarationSyntax VisitValueMap(ValueMapSyntax v) => new ValueMapSyntax(Shift(v.Keyword, delta), Shift(v.Segment, delta), Shift(v.OpenBrace, delta),
            ShiftAll(v.Entries, delta, Shift), Shift(v.CloseBrace, delta), Shift(v.Span, delta));

        public override DeclarationSyntax VisitStatement(StatementSyntax s) => new StatementSyntax(Shift(s.Keyword, delta), Shift(s.Segment, delta), Shift(s.Text, delta), Shift(s.Span, delta));

        public override DeclarationSyntax VisitTest(TestSyntax t) => new TestSyntax(Shift(t.Keyword, delta), Shift(t.Name, delta), Shift(t.Segment, delta), Shift(t.OpenBrace, delta),
            ShiftAll(t.Fields, delta, Shift), Shift(t.CloseBrace, delta), Shift(t.Span, delta));

        public override DeclarationSyntax VisitLearning(LearningSyntax l) => new LearningSyntax(Shift(l.Keyword, delta), Shift(l.Name, delta), Shift(l.Test, delta), Shift(l.OpenBrace, delta),
            ShiftAll(l.Fields, delta, Shift), Shift(l.CloseBrace, delta), Shift(l.Span, delta));

        public override DeclarationSyntax VisitPurpose(PurposeSyntax p) => new PurposeSyntax(Shift(p.Keyword, delta), Shift(p.Level, delta), Shift(p.Segment, delta), Shift(p.Text, delta),
            Shift(p.Span, delta));

        public override DeclarationSyntax VisitBusinessModel(BusinessModelSyntax b) => new BusinessModelSyntax(Shift(b.Keyword, delta), Shift(b.Name, delta), Shift(b.OpenBrace, delta),
            ShiftAll(b.Blocks, delta, Shift), Shift(b.CloseBrace, delta), Shift(b.Span, delta));

        public override DeclarationSyntax VisitPersona(PersonaSyntax p) => new PersonaSyntax(Shift(p.Keyword, delta), Shift(p.Name, delta), Shift(p.Segment, delta), Shift(p.OpenBrace, delta),
            ShiftAll(p.Fields, delta, Shift), Shift(p.CloseBrace, delta), Shift(p.Span, delta));

        public override DeclarationSyntax VisitAssumption(AssumptionSyntax a) => new AssumptionSyntax(Shift(a.Keyword, delta), Shift(a.Name, delta), Shift(a.Segment, delta), Shift(a.OpenBrace, delta),
            ShiftAll(a.Fields, delta, Shift), Shift(a.CloseBrace, delta), Shift(a.Span, delta));

        public override DeclarationSyntax VisitPositioning(PositioningSyntax p) => new PositioningSyntax(Shift(p.Keyword, delta), Shift(p.Name, delta), Shift(p.Segment, delta), Shift(p.OpenBrace, delta),
            ShiftAll(p.Fields, delta, Shift), Shift(p.CloseBrace, delta), Shift(p.Span, delta));

        public override DeclarationSyntax VisitEmpathyMap(EmpathyMapSyntax m) => new EmpathyMapSyntax(Shift(m.Keyword, delta), Shift(m.Name, delta), Shift(m.Segment, delta), Shift(m.OpenBrace, delta),
            ShiftAll(m.Fields, delta, Shift), Shift(m.CloseBrace, delta), Shift(m.Span, delta));

        public override DeclarationSyntax VisitFitStage(FitStageSyntax f) => new FitStageSyntax(Shift(f.Keyword, delta), Shift(f.Name, delta), Shift(f.Segment, delta), Shift(f.OpenBrace, delta),
            ShiftAll(f.Fields, delta, Shift), Shift(f.CloseBrace, delta), Shift(f.Span, delta));

        public override DeclarationSyntax VisitSwot(SwotSyntax s) => new SwotSyntax(Shift(s.Keyword, delta), Shift(s.Name, delta), Shift(s.Segment, delta), Shift(s.OpenBrace, delta),
            ShiftAll(s.Items, delta, Shift), Shift(s.CloseBrace, delta), Shift(s.Span, delta));

        public override DeclarationSyntax VisitMetrics(MetricsSyntax m) => new MetricsSyntax(Shift(m.Keyword, delta), Shift(m.Name, delta), Shift(m.Segment, delta), Shift(m.OpenBrace, delta),
            ShiftAll(m.Items, delta, Shift), Shift(m.CloseBrace, delta), Shift(m.Span, delta));

        public override DeclarationSyntax VisitInterview(InterviewSyntax i) => new InterviewSyntax(Shift(i.Keyword, delta), Shift(i.Name, delta), Shift(i.Segment, delta), Shift(i.OpenBrace, delta),
            ShiftAll(i.Fields, delta, Shift), Shift(i.CloseBrace, delta), Shift(i.Span, delta));
    }
}
