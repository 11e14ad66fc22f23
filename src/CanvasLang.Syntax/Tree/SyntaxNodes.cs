using System.Collections.Immutable;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Syntax.Tree;

/// <summary>A word of the source: a keyword, a level, a role, a number or a date, exactly as written.</summary>
public sealed record SyntaxToken(string Text, TextSpan Span);

/// <summary>An identifier where a name is expected (keywords allowed).</summary>
public sealed record NameSyntax(string Text, TextSpan Span);

/// <summary>A quoted string; <see cref="Value"/> has escapes resolved, <see cref="Span"/> covers the quotes.</summary>
public sealed record StringSyntax(string Value, TextSpan Span)
{
    /// <summary>The span of the text between the quotes.</summary>
    public TextSpan ContentSpan => new(Span.Start + 1, Math.Max(0, Span.Length - 2));
}

public sealed record CommentSyntax(string Text, TextSpan Span, bool IsBlock);

public abstract record DeclarationSyntax(SyntaxToken Keyword, TextSpan Span)
{
    /// <summary>Calls the visitor's method for this declaration's kind.</summary>
    public abstract TResult Accept<TResult>(DeclarationVisitor<TResult> visitor);

    /// <summary>Calls the walker's method for this declaration's kind.</summary>
    public abstract void Accept(DeclarationWalker walker);
}

public sealed record TitleSyntax(SyntaxToken Keyword, StringSyntax? Text, TextSpan Span) : DeclarationSyntax(Keyword, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitTitle(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitTitle(this);
}

public sealed record ImportSyntax(SyntaxToken Keyword, StringSyntax? Path, TextSpan Span) : DeclarationSyntax(Keyword, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitImport(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitImport(this);
}

public sealed record SegmentSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    StringSyntax? Description,
    ImmutableArray<StringSyntax> Aliases,
    TextSpan Span) : DeclarationSyntax(Keyword, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitSegment(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitSegment(this);
}

/// <summary>A braced block naming a segment: profile or value map.</summary>
public abstract record BlockSyntax(
    SyntaxToken Keyword,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<EntrySyntax> Entries,
    SyntaxToken? CloseBrace,
    TextSpan Span) : DeclarationSyntax(Keyword, Span);

public sealed record ProfileSyntax(
    SyntaxToken Keyword,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<EntrySyntax> Entries,
    SyntaxToken? CloseBrace,
    TextSpan Span) : BlockSyntax(Keyword, Segment, OpenBrace, Entries, CloseBrace, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitProfile(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitProfile(this);
}

public sealed record ValueMapSyntax(
    SyntaxToken Keyword,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<EntrySyntax> Entries,
    SyntaxToken? CloseBrace,
    TextSpan Span) : BlockSyntax(Keyword, Segment, OpenBrace, Entries, CloseBrace, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitValueMap(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitValueMap(this);
}

/// <summary>The seven kinds of canvas entries, the five kinds of SWOT items and a metrics block's metric, by the keyword that introduces them.</summary>
public enum EntryKind
{
    Job,
    Pain,
    Gain,
    Product,
    Service,
    Reliever,
    Creator,
    Strength,
    Weakness,
    Opportunity,
    Threat,
    Action,
    Metric,
}

/// <summary>An entry of a profile (job, pain, gain), of a value map (product, service, reliever, creator) an item of a SWOT analysis (strength, weakness, opportunity, threat, action) or a metric of a metrics block.</summary>
public sealed record EntrySyntax(
    EntryKind Kind,
    SyntaxToken? Qualifier,
    SyntaxToken Keyword,
    NameSyntax? Id,
    StringSyntax? Text,
    ImmutableArray<AttributeSyntax> Attributes,
    TextSpan Span);

/// <summary>An attribute after an entry's text: a keyword with a value (level, role, integer, period word, or a metric target's quoted text, quotes included) or references.</summary>
public sealed record AttributeSyntax(
    SyntaxToken Keyword,
    SyntaxToken? Value,
    ImmutableArray<NameSyntax> References,
    TextSpan Span);

public sealed record StatementSyntax(SyntaxToken Keyword, NameSyntax? Segment, StringSyntax? Text, TextSpan Span)
    : DeclarationSyntax(Keyword, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitStatement(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitStatement(this);
}

/// <summary>A field of a block of fields (test card, learning card, persona): keyword plus a string, a token value or names.</summary>
public sealed record FieldSyntax(SyntaxToken Keyword, StringSyntax? Text, SyntaxToken? Value, ImmutableArray<NameSyntax> References, TextSpan Span);

/// <summary>A named block of fields that may belong to a segment (`… name for segment { field … }`): test cards and the 1.1 cards.</summary>
public abstract record CardSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<FieldSyntax> Fields,
    SyntaxToken? CloseBrace,
    TextSpan Span) : DeclarationSyntax(Keyword, Span);

public sealed record TestSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<FieldSyntax> Fields,
    SyntaxToken? CloseBrace,
    TextSpan Span) : CardSyntax(Keyword, Name, Segment, OpenBrace, Fields, CloseBrace, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitTest(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitTest(this);
}

public sealed record LearningSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Test,
    SyntaxToken? OpenBrace,
    ImmutableArray<FieldSyntax> Fields,
    SyntaxToken? CloseBrace,
    TextSpan Span) : DeclarationSyntax(Keyword, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitLearning(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitLearning(this);
}

public sealed record PurposeSyntax(
    SyntaxToken Keyword,
    SyntaxToken? Level,
    NameSyntax? Segment,
    StringSyntax? Text,
    TextSpan Span) : DeclarationSyntax(Keyword, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitPurpose(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitPurpose(this);
}

public sealed record BusinessModelBlockSyntax(
    SyntaxToken Keyword,
    ImmutableArray<NameSyntax> References,
    ImmutableArray<StringSyntax> Items,
    TextSpan Span);

public sealed record BusinessModelSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    SyntaxToken? OpenBrace,
    ImmutableArray<BusinessModelBlockSyntax> Blocks,
    SyntaxToken? CloseBrace,
    TextSpan Span) : DeclarationSyntax(Keyword, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitBusinessModel(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitBusinessModel(this);
}

/// <summary>A persona (1.1): a named, typical member of a segment, with repeated fields (goals, frustrations, …).</summary>
public sealed record PersonaSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<FieldSyntax> Fields,
    SyntaxToken? CloseBrace,
    TextSpan Span) : CardSyntax(Keyword, Name, Segment, OpenBrace, Fields, CloseBrace, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitPersona(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitPersona(this);
}

/// <summary>An interview (1.1): who was heard, when, and what they said, one field per item.</summary>
public sealed record InterviewSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<FieldSyntax> Fields,
    SyntaxToken? CloseBrace,
    TextSpan Span) : CardSyntax(Keyword, Name, Segment, OpenBrace, Fields, CloseBrace, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitInterview(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitInterview(this);
}

/// <summary>An assumption (1.1): a belief the canvas rests on, its kind of risk, its importance and the evidence so far.</summary>
public sealed record AssumptionSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<FieldSyntax> Fields,
    SyntaxToken? CloseBrace,
    TextSpan Span) : CardSyntax(Keyword, Name, Segment, OpenBrace, Fields, CloseBrace, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitAssumption(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitAssumption(this);
}

/// <summary>A positioning statement (1.1): for a segment, its need, the offer and its category, the benefit, the alternative, what differs and the proof.</summary>
public sealed record PositioningSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<FieldSyntax> Fields,
    SyntaxToken? CloseBrace,
    TextSpan Span) : CardSyntax(Keyword, Name, Segment, OpenBrace, Fields, CloseBrace, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitPositioning(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitPositioning(this);
}

/// <summary>An empathy map (1.1) for a persona or a segment: the goal, what they see, say, do and hear, what they think and feel, its pains and gains.</summary>
public sealed record EmpathyMapSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<FieldSyntax> Fields,
    SyntaxToken? CloseBrace,
    TextSpan Span) : CardSyntax(Keyword, Name, Segment, OpenBrace, Fields, CloseBrace, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitEmpathyMap(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitEmpathyMap(this);
}

/// <summary>
/// The stage of fit a segment's team claims (1.1): <c>fit segment { stage … basedon … }</c>. The name
/// after <c>fit</c> is the segment's (a reference, like a profile's), so <see cref="CardSyntax.Segment"/> is null.
/// </summary>
public sealed record FitStageSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<FieldSyntax> Fields,
    SyntaxToken? CloseBrace,
    TextSpan Span) : CardSyntax(Keyword, Name, Segment, OpenBrace, Fields, CloseBrace, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitFitStage(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitFitStage(this);
}

/// <summary>
/// A SWOT analysis (1.1), of a segment's market or of the whole business: its items are written like
/// entries (keyword, optional id, text, attributes), strengths and weaknesses inside the business,
/// opportunities and threats outside it, and actions that pair them (TOWS).
/// </summary>
public sealed record SwotSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<EntrySyntax> Items,
    SyntaxToken? CloseBrace,
    TextSpan Span) : DeclarationSyntax(Keyword, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitSwot(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitSwot(this);
}

/// <summary>
/// Offering metrics (1.1), of a segment or of the whole offer: each metric is written like an entry
/// (`metric`, optional id, what is measured, then `target "…"`, `every week`, `tracks` names).
/// </summary>
public sealed record MetricsSyntax(
    SyntaxToken Keyword,
    NameSyntax? Name,
    NameSyntax? Segment,
    SyntaxToken? OpenBrace,
    ImmutableArray<EntrySyntax> Items,
    SyntaxToken? CloseBrace,
    TextSpan Span) : DeclarationSyntax(Keyword, Span)
{
    public override TResult Accept<TResult>(DeclarationVisitor<TResult> visitor) => visitor.VisitMetrics(this);

    public override void Accept(DeclarationWalker walker) => walker.VisitMetrics(this);
}
