using CanvasLang.Syntax;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Formatting;

/// <summary>Where a unit sits, which decides the blank lines kept before it.</summary>
internal enum UnitRole
{
    /// <summary>The declaration's first line: its separation is decided between declarations.</summary>
    First,

    /// <summary>The first entry or field of a block: no blank line right after the opening brace.</summary>
    FirstInBlock,

    /// <summary>Another entry or field: one blank line is kept where the author grouped entries.</summary>
    Inner,

    /// <summary>The closing brace: never a blank line before it.</summary>
    Close,
}

/// <summary>One output line: the source it covers and its canonical text.</summary>
internal sealed record LayoutUnit(TextSpan Span, string Line, int Depth, UnitRole Role);

/// <summary>Turns declarations into their canonical lines.</summary>
internal static class LayoutUnits
{
    public static List<LayoutUnit> Of(DeclarationSyntax declaration, string text) => new Lines(text).Visit(declaration);

    /// <summary>The canonical order of an entry's attributes: links to other entries (a value map's to the profile, an action's `pairs`), role, level, rank or priority, then the interviews it was heard in; a metric's target, period and what it tracks (stable among equals).</summary>
    public static int AttributeOrder(string keyword) => keyword switch
    {
        _ when LanguageTable.Attribute(keyword) is { IsEntryLink: true } => 0,
        "as" => 1,
        _ when LanguageTable.LevelAttributes.Contains(keyword) => 2,
        "rank" or "priority" => 3,
        "target" => 5,
        "every" => 6,
        "tracks" => 7,
        _ => 4,
    };

    public static string Attribute(AttributeSyntax a) =>
        Join(a.Keyword.Text, a.Value?.Text, a.References.Length == 0 ? null : string.Join(", ", a.References.Select(r => r.Text)));

    private static List<LayoutUnit> Block(TextSpan span, string header, SyntaxToken? open, SyntaxToken? close,
        IEnumerable<(TextSpan Span, string Line)> members)
    {
        var headerEnd = open?.Span.End ?? span.Start;
        var units = new List<LayoutUnit> { new(TextSpan.FromBounds(span.Start, headerEnd), header, 0, UnitRole.First) };
        foreach (var (memberSpan, line) in members)
        {
            units.Add(new LayoutUnit(memberSpan, line, 1, units.Count == 1 ? UnitRole.FirstInBlock : UnitRole.Inner));
        }

        var closeSpan = close?.Span ?? new TextSpan(span.End, 0);
        units.Add(new LayoutUnit(closeSpan, "}", 0, UnitRole.Close));
        return units;
    }

    private static string Entry(EntrySyntax e, Func<StringSyntax?, string> raw)
    {
        var attributes = e.Attributes.OrderBy(a => AttributeOrder(a.Keyword.Text)).Select(Attribute);
        return Join([e.Qualifier?.Text, e.Keyword.Text, e.Id?.Text, e.Text is null ? null : raw(e.Text), .. attributes]);
    }

    // The parts after the keyword in the order written: `status planned`, `heard pain "…"`, `basedon a, b`.
    private static string Field(FieldSyntax f, Func<StringSyntax?, string> raw)
    {
        var text = f.Text is null ? null : raw(f.Text);
        var valueFirst = f.Value is not null && f.Text is not null && f.Value.Span.Start < f.Text.Span.Start;
        return Join(f.Keyword.Text, valueFirst ? f.Value!.Text : text, valueFirst ? text : f.Value?.Text,
            f.References.IsDefaultOrEmpty ? null : string.Join(", ", f.References.Select(r => r.Text)));
    }

    private static string BusinessModelBlock(BusinessModelBlockSyntax b, Func<StringSyntax?, string> raw)
    {
        var values = b.References.Select(r => (r.Span.Start, Text: r.Text)).Concat(b.Items.Select(i => (i.Span.Start, Text: raw(i))))
            .OrderBy(v => v.Start).Select(v => v.Text);
        return Join(b.Keyword.Text, string.Join(", ", values));
    }

    private static string Join(params string?[] parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>Each kind of declaration as its canonical lines: a new kind is a compile error here until it is laid out.</summary>
    private sealed class Lines(string text) : DeclarationVisitor<List<LayoutUnit>>
    {
        public override List<LayoutUnit> VisitTitle(TitleSyntax t) => One(t, Join(t.Keyword.Text, Raw(t.Text)));

        public override List<LayoutUnit> VisitImport(ImportSyntax i) => One(i, Join(i.Keyword.Text, Raw(i.Path)));

        public override List<LayoutUnit> VisitSegment(SegmentSyntax s) => One(s, Join(s.Keyword.Text, s.Name?.Text, s.Description is null ? null : Raw(s.Description),
            s.Aliases.Length == 0 ? null : "aka " + string.Join(", ", s.Aliases.Select(Raw))));

        public override List<LayoutUnit> VisitProfile(ProfileSyntax p) => Entries(p);

        public override List<LayoutUnit> VisitValueMap(ValueMapSyntax v) => Entries(v);

        public override List<LayoutUnit> VisitStatement(StatementSyntax s) => One(s, Join(s.Keyword.Text, s.Segment?.Text, Raw(s.Text)));

        public override List<LayoutUnit> VisitTest(TestSyntax t) => Card(t);

        public override List<LayoutUnit> VisitLearning(LearningSyntax l) => Block(l.Span, Join(l.Keyword.Text, l.Name?.Text, l.Test is null ? null : "from " + l.Test.Text, "{"),
            l.OpenBrace, l.CloseBrace, l.Fields.Select(f => (f.Span, Field(f, Raw))));

        public override List<LayoutUnit> VisitPurpose(PurposeSyntax p) => One(p, Join(p.Keyword.Text, p.Level?.Text, p.Segment?.Text, Raw(p.Text)));

        public override List<LayoutUnit> VisitBusinessModel(BusinessModelSyntax m) => Block(m.Span, Join(m.Keyword.Text, m.Name?.Text, "{"), m.OpenBrace, m.CloseBrace,
            m.Blocks.Select(x => (x.Span, BusinessModelBlock(x, Raw))));

        public override List<LayoutUnit> VisitPersona(PersonaSyntax p) => Card(p);

        public override List<LayoutUnit> VisitAssumption(AssumptionSyntax a) => Card(a);

        public override List<LayoutUnit> VisitPositioning(PositioningSyntax p) => Card(p);

        public override List<LayoutUnit> VisitEmpathyMap(EmpathyMapSyntax m) => Card(m);

        public override List<LayoutUnit> VisitFitStage(FitStageSyntax f) => Card(f);

        public override List<LayoutUnit> VisitInterview(InterviewSyntax i) => Card(i);

        // A SWOT's header is a card's; its items are laid out as entries are.
        public override List<LayoutUnit> VisitSwot(SwotSyntax s) => Block(s.Span, Header(s.Keyword, s.Name, s.Segment),
            s.OpenBrace, s.CloseBrace, s.Items.Select(e => (e.Span, Entry(e, Raw))));

        // A metrics block, likewise: a card's header, metrics laid out as entries.
        public override List<LayoutUnit> VisitMetrics(MetricsSyntax m) => Block(m.Span, Header(m.Keyword, m.Name, m.Segment),
            m.OpenBrace, m.CloseBrace, m.Items.Select(e => (e.Span, Entry(e, Raw))));

        private List<LayoutUnit> Card(CardSyntax c) => Block(c.Span, Header(c.Keyword, c.Name, c.Segment),
            c.OpenBrace, c.CloseBrace, c.Fields.Select(f => (f.Span, Field(f, Raw))));

        // `keyword name [for segment] {`
        private static string Header(SyntaxToken keyword, NameSyntax? name, NameSyntax? segment) =>
            Join(keyword.Text, name?.Text, segment is null ? null : "for " + segment.Text, "{");

        private List<LayoutUnit> Entries(BlockSyntax b) => Block(b.Span, Join(b.Keyword.Text, b.Segment?.Text, "{"), b.OpenBrace, b.CloseBrace,
            b.Entries.Select(e => (e.Span, Entry(e, Raw))));

        private static List<LayoutUnit> One(DeclarationSyntax declaration, string line) => [new LayoutUnit(declaration.Span, line, 0, UnitRole.First)];

        private string Raw(StringSyntax? s) => s is null ? string.Empty : text.Substring(s.Span.Start, s.Span.Length);
    }
}
