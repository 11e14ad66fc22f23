using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;
using static CanvasLang.Syntax.Generated.CanvasParser;

namespace CanvasLang.Syntax.Parsing;

/// <summary>
/// Walks ANTLR's parse tree once and builds our immutable tree. Parts missing after an error are
/// left null (never invented), so later layers see exactly what the user wrote. Token positions are
/// shifted by <paramref name="offset"/>: a piece reparsed on its own lands where it sits in the document.
/// </summary>
internal sealed class SyntaxTreeBuilder(SourceText text, int offset = 0)
{
    public ImmutableArray<DeclarationSyntax> Build(FileContext file) => Build(file.declaration());

    public ImmutableArray<DeclarationSyntax> Build(DeclarationContext[] declarations)
    {
        if (declarations.Length == 0)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<DeclarationSyntax>(declarations.Length);
        foreach (var declaration in declarations)
        {
            if (Declaration(declaration) is { } built)
            {
                result.Add(built);
            }
        }

        return result.ToImmutable();
    }

    public DeclarationSyntax? Declaration(DeclarationContext declaration) =>
        declaration.GetChild(0) switch
        {
            TitleContext c => new TitleSyntax(Keyword(c), Str(c.STRING()), SpanOf(c)),
            ImportDeclContext c => new ImportSyntax(Keyword(c), Str(c.STRING()), SpanOf(c)),
            SegmentContext c => Segment(c),
            ProfileContext c => new ProfileSyntax(Keyword(c), Name(c.name()), Tok(c.LBRACE()),
                Entries(c.profileEntry()),
                Tok(c.RBRACE()), SpanOf(c)),
            ValuemapContext c => new ValueMapSyntax(Keyword(c), Name(c.name()), Tok(c.LBRACE()),
                Entries(c.valueEntry()),
                Tok(c.RBRACE()), SpanOf(c)),
            StatementContext c => new StatementSyntax(Keyword(c), Name(c.name()), Str(c.STRING()), SpanOf(c)),
            TestContext c => new TestSyntax(Keyword(c), Name(c.name(0)), c.FOR() is null ? null : Name(c.name(1)),
                Tok(c.LBRACE()), [.. c.testField().Select(TestField).OfType<FieldSyntax>()], Tok(c.RBRACE()), SpanOf(c)),
            LearningContext c => new LearningSyntax(Keyword(c), Name(c.name(0)), Name(c.name(1)), Tok(c.LBRACE()),
                [.. c.learningField().Select(LearningField).OfType<FieldSyntax>()], Tok(c.RBRACE()), SpanOf(c)),
            PurposeContext c => new PurposeSyntax(Keyword(c),
                Tok(c.COMPANY()) ?? Tok(c.BRAND()) ?? Tok(c.CUSTOMER()), Name(c.name()), Str(c.STRING()), SpanOf(c)),
            BusinessmodelContext c => new BusinessModelSyntax(Keyword(c), Name(c.name()), Tok(c.LBRACE()),
                [.. c.bmBlock().Select(BusinessModelBlock).OfType<BusinessModelBlockSyntax>()], Tok(c.RBRACE()), SpanOf(c)),
            PersonaContext c => new PersonaSyntax(Keyword(c), Name(c.name(0)), c.FOR() is null ? null : Name(c.name(1)),
                Tok(c.LBRACE()), [.. c.personaField().Select(PersonaField).OfType<FieldSyntax>()], Tok(c.RBRACE()), SpanOf(c)),
            InterviewContext c => new InterviewSyntax(Keyword(c), Name(c.name(0)), c.FOR() is null ? null : Name(c.name(1)),
                Tok(c.LBRACE()), [.. c.interviewField().Select(InterviewField).OfType<FieldSyntax>()], Tok(c.RBRACE()), SpanOf(c)),
            AssumptionContext c => new AssumptionSyntax(Keyword(c), Name(c.name(0)), c.FOR() is null ? null : Name(c.name(1)),
                Tok(c.LBRACE()), [.. c.assumptionField().Select(AssumptionField).OfType<FieldSyntax>()], Tok(c.RBRACE()), SpanOf(c)),
            PositioningContext c => new PositioningSyntax(Keyword(c), Name(c.name(0)), c.FOR() is null ? null : Name(c.name(1)),
                Tok(c.LBRACE()), [.. c.positioningField().Select(TextField).OfType<FieldSyntax>()], Tok(c.RBRACE()), SpanOf(c)),
            EmpathymapContext c => new EmpathyMapSyntax(Keyword(c), Name(c.name(0)), c.FOR() is null ? null : Name(c.name(1)),
                Tok(c.LBRACE()), [.. c.empathyField().Select(TextField).OfType<FieldSyntax>()], Tok(c.RBRACE()), SpanOf(c)),
            FitStageContext c => new FitStageSyntax(Keyword(c), Name(c.name()), null,
                Tok(c.LBRACE()), [.. c.fitField().Select(FitField).OfType<FieldSyntax>()], Tok(c.RBRACE()), SpanOf(c)),
            SwotContext c => new SwotSyntax(Keyword(c), Name(c.name(0)), c.FOR() is null ? null : Name(c.name(1)),
                Tok(c.LBRACE()), Entries(c.swotItem()), Tok(c.RBRACE()), SpanOf(c)),
            MetricsContext c => new MetricsSyntax(Keyword(c), Name(c.name(0)), c.FOR() is null ? null : Name(c.name(1)),
                Tok(c.LBRACE()), Entries(c.metricItem()), Tok(c.RBRACE()), SpanOf(c)),
            _ => (DeclarationSyntax?)null,
        };

    private SegmentSyntax Segment(SegmentContext c)
    {
        var strings = c.STRING().Select(Str).OfType<StringSyntax>().ToList();
        StringSyntax? description = null;
        var aliases = strings;
        // The description is the string before `aka`, if any.
        if (strings.Count > 0 && (c.AKA() is null || strings[0].Span.Start < offset + c.AKA().Symbol.StartIndex))
        {
            description = strings[0];
            aliases = strings.Skip(1).ToList();
        }

        return new SegmentSyntax(Keyword(c), Name(c.name()), description, [.. aliases], SpanOf(c));
    }

    /// <summary>Entries of <c>profileEntry</c> or <c>valueEntry</c> contexts, or the items of a SWOT analysis.</summary>
    public ImmutableArray<EntrySyntax> Entries(IEnumerable<ParserRuleContext> entries)
    {
        var result = ImmutableArray.CreateBuilder<EntrySyntax>();
        foreach (var entry in entries)
        {
            if (Entry(entry is SwotItemContext or MetricItemContext ? entry : entry.GetChild(0) as ParserRuleContext) is { } built)
            {
                result.Add(built);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A <c>profileEntry</c> or <c>valueEntry</c> context (or the job/pain/… inside one), or a <c>swotItem</c> or <c>metricItem</c>.</summary>
    public EntrySyntax? Entry(ParserRuleContext? c)
    {
        if (c is null || c.Start.Type == TokenConstants.EOF)
        {
            return null;
        }

        var (kind, qualifierContext, keyword) = c switch
        {
            JobContext j => (EntryKind.Job, (ParserRuleContext?)j.jobKind(), j.JOB()),
            PainContext p => (EntryKind.Pain, p.painKind(), p.PAIN()),
            GainContext g => (EntryKind.Gain, g.gainLevel(), g.GAIN()),
            OfferContext o => (o.SERVICE() is not null ? EntryKind.Service : EntryKind.Product, o.offerKind(), o.PRODUCT() ?? o.SERVICE()),
            RelieverContext r => (EntryKind.Reliever, null, r.RELIEVER()),
            CreatorContext r => (EntryKind.Creator, null, r.CREATOR()),
            SwotItemContext s when s.GetChild(0) is ITerminalNode item && SyntaxFacts.EntryKindOf(item.GetText()) is { } itemKind => (itemKind, null, item),
            MetricItemContext m => (EntryKind.Metric, null, m.METRIC()),
            _ => (EntryKind.Job, null, null),
        };
        var keywordToken = Tok(keyword);
        if (keywordToken is null)
        {
            return null;
        }

        var name = c.GetChild<NameContext>(0);
        var attributes = c.GetRuleContexts<AttributeContext>().Select(Attribute).OfType<AttributeSyntax>();
        return new EntrySyntax(kind, qualifierContext is null ? null : Tok(qualifierContext), keywordToken, Name(name),
            Str(c.GetToken(STRING, 0)), [.. attributes], SpanOf(c));
    }

    private AttributeSyntax? Attribute(AttributeContext c)
    {
        var keyword = Tok((ITerminalNode)c.GetChild(0));
        if (keyword is null)
        {
            return null;
        }

        // A metric's target keeps its quotes in the value token: the text between them is read by those who need it.
        SyntaxToken? value = c.level() is { } level ? Tok(level) : c.role() is { } role ? Tok(role) : c.period() is { } period ? Tok(period) : Tok(c.INT()) ?? Tok(c.STRING());
        var references = c.refs()?.name().Select(Name).OfType<NameSyntax>() ?? [];
        return new AttributeSyntax(keyword, value, [.. references], SpanOf(c));
    }

    private FieldSyntax? TestField(TestFieldContext c)
    {
        var keyword = Tok((ITerminalNode)c.GetChild(0));
        if (keyword is null)
        {
            return null;
        }

        SyntaxToken? value = Tok(c.DATE()) ?? Tok(c.INT()) ?? (c.testStatus() is { } status ? Tok(status) : null)
            ?? (c.level() is { } level ? Tok(level) : null);
        var references = c.refs()?.name().Select(Name).OfType<NameSyntax>() ?? [];
        return new FieldSyntax(keyword, Str(c.STRING()), value, [.. references], SpanOf(c));
    }

    private FieldSyntax? LearningField(LearningFieldContext c)
    {
        var keyword = Tok((ITerminalNode)c.GetChild(0));
        var value = Tok(c.DATE()) ?? (c.verdict() is { } verdict ? Tok(verdict) : null);
        return keyword is null ? null : new FieldSyntax(keyword, Str(c.STRING()), value, [], SpanOf(c));
    }

    // A field that is a keyword and a text (positioning statements, empathy maps).
    private FieldSyntax? TextField(ParserRuleContext c)
    {
        var keyword = Tok((ITerminalNode)c.GetChild(0));
        return keyword is null ? null : new FieldSyntax(keyword, Str(c.GetToken(STRING, 0)), null, [], SpanOf(c));
    }

    private FieldSyntax? AssumptionField(AssumptionFieldContext c)
    {
        var keyword = Tok((ITerminalNode)c.GetChild(0));
        var value = (ParserRuleContext?)c.assumptionType() ?? (ParserRuleContext?)c.level() ?? c.evidenceLevel();
        return keyword is null ? null : new FieldSyntax(keyword, Str(c.STRING()), value is null ? null : Tok(value), [], SpanOf(c));
    }

    private FieldSyntax? FitField(FitFieldContext c)
    {
        var keyword = Tok((ITerminalNode)c.GetChild(0));
        var references = c.refs()?.name().Select(Name).OfType<NameSyntax>() ?? [];
        var stage = c.fitStageWord();
        return keyword is null ? null : new FieldSyntax(keyword, null, stage is null ? null : Tok(stage), [.. references], SpanOf(c));
    }

    private FieldSyntax? PersonaField(PersonaFieldContext c)
    {
        var keyword = Tok((ITerminalNode)c.GetChild(0));
        var references = c.refs()?.name().Select(Name).OfType<NameSyntax>() ?? [];
        return keyword is null ? null : new FieldSyntax(keyword, Str(c.STRING()), null, [.. references], SpanOf(c));
    }

    // `heard pain "…"`: the kind, parsed as a name, becomes the field's value word.
    private FieldSyntax? InterviewField(InterviewFieldContext c)
    {
        var keyword = Tok((ITerminalNode)c.GetChild(0));
        var kind = Name(c.name());
        var value = Tok(c.DATE()) ?? (kind is null ? null : new SyntaxToken(kind.Text, kind.Span));
        return keyword is null ? null : new FieldSyntax(keyword, Str(c.STRING()), value, [], SpanOf(c));
    }

    private BusinessModelBlockSyntax? BusinessModelBlock(BmBlockContext c)
    {
        var keyword = Tok((ITerminalNode)c.GetChild(0));
        if (keyword is null)
        {
            return null;
        }

        var references = c.refs()?.name().Select(Name).OfType<NameSyntax>() ?? [];
        return new BusinessModelBlockSyntax(keyword, [.. references], [.. c.STRING().Select(Str).OfType<StringSyntax>()], SpanOf(c));
    }

    public SyntaxToken Keyword(ParserRuleContext c) =>
        new(c.Start.Text, new TextSpan(offset + c.Start.StartIndex, c.Start.StopIndex - c.Start.StartIndex + 1));

    public NameSyntax? Name(NameContext? c)
    {
        if (c is null || c.exception is not null || c.Start.Type == TokenConstants.EOF || c.Start.TokenIndex < 0)
        {
            return null;
        }

        return new NameSyntax(c.Start.Text, new TextSpan(offset + c.Start.StartIndex, c.Start.StopIndex - c.Start.StartIndex + 1));
    }

    private SyntaxToken? Tok(ParserRuleContext? c)
    {
        if (c is null || c.exception is not null || c.Start.TokenIndex < 0 || c.Start.Type == TokenConstants.EOF)
        {
            return null;
        }

        return new SyntaxToken(c.Start.Text, new TextSpan(offset + c.Start.StartIndex, c.Start.StopIndex - c.Start.StartIndex + 1));
    }

    /// <summary>A real token from the input; tokens ANTLR conjured during recovery are dropped.</summary>
    public SyntaxToken? Token(ITerminalNode? node) => Tok(node);

    private SyntaxToken? Tok(ITerminalNode? node)
    {
        if (node is null || node is IErrorNode || node.Symbol.TokenIndex < 0 || node.Symbol.Type == TokenConstants.EOF)
        {
            return null;
        }

        var s = node.Symbol;
        return new SyntaxToken(s.Text, new TextSpan(offset + s.StartIndex, s.StopIndex - s.StartIndex + 1));
    }

    private StringSyntax? Str(ITerminalNode? node)
    {
        var token = Tok(node);
        return token is null ? null : new StringSyntax(CanvasParserFacade.Unescape(token.Text), token.Span);
    }

    private TextSpan SpanOf(ParserRuleContext c)
    {
        var start = offset + c.Start.StartIndex;
        var stop = c.Stop is { } s && s.TokenIndex >= c.Start.TokenIndex && s.Type != TokenConstants.EOF ? offset + s.StopIndex + 1 : start + c.Start.Text.Length;
        start = Math.Clamp(start, 0, text.Length);
        return TextSpan.FromBounds(start, Math.Clamp(stop, start, text.Length));
    }
}
