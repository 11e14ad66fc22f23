using System.Collections.Immutable;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Navigation;

public enum OutlineKind
{
    Title,
    Import,
    Segment,
    Profile,
    ValueMap,
    Job,
    Pain,
    Gain,
    Offer,
    Reliever,
    Creator,
    Statement,
    Test,
    Learning,
    Purpose,
    BusinessModel,
    Persona,
    Interview,
    Assumption,
    Positioning,
    EmpathyMap,
    FitStage,
    Swot,
    Strength,
    Weakness,
    Opportunity,
    Threat,
    Action,
    Metrics,
    Metric,
}

/// <summary>One node of a document's outline: what it is, where, and what it holds.</summary>
public sealed record OutlineItem(string Name, string? Detail, OutlineKind Kind, TextSpan Span, TextSpan NameSpan, ImmutableArray<OutlineItem> Children);

/// <summary>A named thing found by a workspace-wide search.</summary>
public sealed record WorkspaceSymbol(string Name, OutlineKind Kind, string? Container, string Path, SourceText Text, TextSpan Span);

/// <summary>The outline: segment → its profile, value map, statement, tests, personas and SWOTs → entries and items; and the workspace-wide symbol search.</summary>
public static class OutlineService
{
    public static ImmutableArray<OutlineItem> Outline(SyntaxTree tree)
    {
        var items = tree.Declarations.Select(Item).Where(i => i is not null).Select(i => i!).ToList();
        var segments = items.Where(i => i.Kind == OutlineKind.Segment).GroupBy(i => i.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var owned = new Dictionary<string, List<OutlineItem>>(StringComparer.Ordinal);
        var result = new List<OutlineItem>();
        foreach (var (item, declaration) in items.Zip(tree.Declarations.Where(d => Item(d) is not null)))
        {
            if (SegmentOf(declaration) is { } segment && segments.ContainsKey(segment) && item.Kind != OutlineKind.Segment)
            {
                (owned.TryGetValue(segment, out var list) ? list : owned[segment] = []).Add(item);
            }
            else
            {
                result.Add(item);
            }
        }

        return [.. result.Select(i => i.Kind == OutlineKind.Segment && owned.TryGetValue(i.Name, out var children)
            ? i with { Span = children.Aggregate(i.Span, (span, c) => span.Cover(c.Span)), Children = [.. children] }
            : i)];
    }

    public static IEnumerable<WorkspaceSymbol> Symbols(SyntaxTree tree)
    {
        foreach (var declaration in tree.Declarations)
        {
            if (Item(declaration) is not { } item || item.Kind is OutlineKind.Title or OutlineKind.Import)
            {
                continue;
            }

            if (item.Kind is not (OutlineKind.Profile or OutlineKind.ValueMap or OutlineKind.Statement or OutlineKind.Purpose))
            {
                yield return new WorkspaceSymbol(item.Name, item.Kind, null, tree.Path, tree.Text, item.NameSpan);
            }

            foreach (var child in item.Children)
            {
                if (SyntaxIsId(declaration, child))
                {
                    yield return new WorkspaceSymbol(child.Name, child.Kind, item.Name, tree.Path, tree.Text, child.NameSpan);
                }
            }
        }
    }

    /// <summary>Case-insensitive subsequence match, the way editors filter symbol lists.</summary>
    public static bool Matches(string name, string query)
    {
        var i = 0;
        foreach (var c in name)
        {
            if (i < query.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(query[i]))
            {
                i++;
            }
        }

        return i == query.Length;
    }

    public static ImmutableArray<WorkspaceSymbol> Search(Analysis workspace, string query, int limit, CancellationToken cancellation)
    {
        var found = new List<WorkspaceSymbol>();
        foreach (var path in workspace.AllCanvasFiles())
        {
            cancellation.ThrowIfCancellationRequested();
            if (workspace.Source.Load(path).Tree is { IsForeignFormat: false } tree)
            {
                found.AddRange(Symbols(tree).Where(s => Matches(s.Name, query)));
                if (found.Count >= limit)
                {
                    break;
                }
            }
        }

        return [.. found.Take(limit)];
    }

    private static bool SyntaxIsId(DeclarationSyntax declaration, OutlineItem child) => declaration switch
    {
        BlockSyntax b => b.Entries.Any(e => e.Id is { } id && id.Span == child.NameSpan),
        SwotSyntax s => s.Items.Any(e => e.Id is { } id && id.Span == child.NameSpan),
        MetricsSyntax m => m.Items.Any(e => e.Id is { } id && id.Span == child.NameSpan),
        _ => false,
    };

    private static string? SegmentOf(DeclarationSyntax declaration) => DeclarationSegment.Of(declaration)?.Text;

    private static OutlineItem? Item(DeclarationSyntax declaration) => ItemOf.Instance.Visit(declaration);

    private static OutlineItem Leaf(string name, string? detail, OutlineKind kind, TextSpan span, TextSpan? nameSpan) =>
        new(name, detail, kind, span, nameSpan ?? span, []);

    private static OutlineItem Block(string label, BlockSyntax block, OutlineKind kind) =>
        new(label, block.Segment?.Text, kind, block.Span, block.Segment?.Span ?? block.Keyword.Span, Entries(block.Entries));

    // Entries of a profile or value map, and a SWOT's items: by id (or the start of the text), the text beside.
    private static ImmutableArray<OutlineItem> Entries(IEnumerable<EntrySyntax> entries) =>
    [
        .. entries.Select(e => new OutlineItem(
            e.Id?.Text ?? Entry.Shorten(e.Text?.Value ?? e.Keyword.Text, 40),
            e.Id is null ? e.Keyword.Text : Entry.Shorten(e.Text?.Value ?? string.Empty, 60),
            EntryKindOf(e.Kind),
            e.Span,
            e.Id?.Span ?? e.Keyword.Span,
            [])),
    ];

    private static OutlineKind EntryKindOf(EntryKind kind) => kind switch
    {
        EntryKind.Job => OutlineKind.Job,
        EntryKind.Pain => OutlineKind.Pain,
        EntryKind.Gain => OutlineKind.Gain,
        EntryKind.Product or EntryKind.Service => OutlineKind.Offer,
        EntryKind.Reliever => OutlineKind.Reliever,
        EntryKind.Creator => OutlineKind.Creator,
        EntryKind.Strength => OutlineKind.Strength,
        EntryKind.Weakness => OutlineKind.Weakness,
        EntryKind.Opportunity => OutlineKind.Opportunity,
        EntryKind.Threat => OutlineKind.Threat,
        EntryKind.Metric => OutlineKind.Metric,
        _ => OutlineKind.Action,
    };

    /// <summary>Each kind of declaration as an outline item (null for one too incomplete to name): a new kind is a compile error here.</summary>
    private sealed class ItemOf : DeclarationVisitor<OutlineItem?>
    {
        public static readonly ItemOf Instance = new();

        public override OutlineItem? VisitTitle(TitleSyntax t) => Leaf(t.Text?.Value ?? "title", null, OutlineKind.Title, t.Span, t.Text?.Span);

        public override OutlineItem? VisitImport(ImportSyntax i) => Leaf(i.Path?.Value ?? "import", "import", OutlineKind.Import, i.Span, i.Path?.Span);

        public override OutlineItem? VisitSegment(SegmentSyntax s) =>
            s.Name is null ? null : Leaf(s.Name.Text, s.Description?.Value, OutlineKind.Segment, s.Span, s.Name.Span);

        public override OutlineItem? VisitProfile(ProfileSyntax p) => Block("profile", p, OutlineKind.Profile);

        public override OutlineItem? VisitValueMap(ValueMapSyntax v) => Block("value map", v, OutlineKind.ValueMap);

        public override OutlineItem? VisitStatement(StatementSyntax s) => Leaf("statement", s.Text?.Value, OutlineKind.Statement, s.Span, s.Segment?.Span);

        public override OutlineItem? VisitTest(TestSyntax t) => t.Name is null ? null : Leaf(t.Name.Text, "test card", OutlineKind.Test, t.Span, t.Name.Span);

        public override OutlineItem? VisitLearning(LearningSyntax l) => l.Name is null ? null : Leaf(l.Name.Text, "learning card", OutlineKind.Learning, l.Span, l.Name.Span);

        public override OutlineItem? VisitPurpose(PurposeSyntax p) => Leaf($"{p.Level?.Text ?? ""} purpose".Trim(), p.Text?.Value, OutlineKind.Purpose, p.Span, p.Level?.Span);

        public override OutlineItem? VisitBusinessModel(BusinessModelSyntax m) =>
            m.Name is null ? null : Leaf(m.Name.Text, "business model", OutlineKind.BusinessModel, m.Span, m.Name.Span);

        public override OutlineItem? VisitPositioning(PositioningSyntax p) =>
            p.Name is null ? null : Leaf(p.Name.Text, "positioning statement", OutlineKind.Positioning, p.Span, p.Name.Span);

        public override OutlineItem? VisitFitStage(FitStageSyntax f) =>
            f.Name is null ? null : Leaf("fit", FitStage.Spoken(f.Fields.FirstOrDefault(x => x.Keyword.Text == "stage")?.Value?.Text), OutlineKind.FitStage, f.Span, f.Keyword.Span);

        public override OutlineItem? VisitEmpathyMap(EmpathyMapSyntax m) =>
            m.Name is null ? null : Leaf(m.Name.Text, m.Segment is null ? "empathy map" : $"empathy map for {m.Segment.Text}", OutlineKind.EmpathyMap, m.Span, m.Name.Span);

        public override OutlineItem? VisitAssumption(AssumptionSyntax a) =>
            a.Name is null ? null : Leaf(a.Name.Text, a.Fields.FirstOrDefault(f => f.Keyword.Text == "belief")?.Text?.Value ?? "assumption", OutlineKind.Assumption, a.Span, a.Name.Span);

        public override OutlineItem? VisitInterview(InterviewSyntax i) =>
            i.Name is null ? null : Leaf(i.Name.Text, i.Fields.FirstOrDefault(f => f.Keyword.Text == "who")?.Text?.Value ?? "interview", OutlineKind.Interview, i.Span, i.Name.Span);

        public override OutlineItem? VisitMetrics(MetricsSyntax m) =>
            m.Name is null ? null : new OutlineItem(m.Name.Text, m.Segment is null ? "metrics" : $"metrics of {m.Segment.Text}", OutlineKind.Metrics, m.Span, m.Name.Span, Entries(m.Items));

        public override OutlineItem? VisitSwot(SwotSyntax s) =>
            s.Name is null ? null : new OutlineItem(s.Name.Text, s.Segment is null ? "SWOT" : $"SWOT of {s.Segment.Text}", OutlineKind.Swot, s.Span, s.Name.Span, Entries(s.Items));

        public override OutlineItem? VisitPersona(PersonaSyntax p) =>
            p.Name is null ? null : Leaf(p.Name.Text, p.Segment is null ? "persona" : $"persona of {p.Segment.Text}", OutlineKind.Persona, p.Span, p.Name.Span);
    }
}
