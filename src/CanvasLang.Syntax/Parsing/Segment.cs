using System.Collections.Immutable;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Syntax.Parsing;

/// <summary>How a segment is parsed: as declarations, or as the opening, a run of entries, or the closing of a block read in segments.</summary>
internal enum SegmentRole : byte
{
    /// <summary>Declarations (the grammar's <c>file</c> rule).</summary>
    Declarations,

    /// <summary><c>profile name {</c> or <c>valuemap name {</c> and the entries on its line; entry segments follow.</summary>
    Open,

    /// <summary>Entries of the block opened before; more entry segments follow.</summary>
    Entries,

    /// <summary>The block's last entries, its closing brace and whatever follows it up to the next declaration segment.</summary>
    Close,
}

/// <summary>
/// One segment of a parsed file (see <see cref="Segmenter"/>): where it starts, how it was read and what
/// it gave. It covers the text from <see cref="Start"/> to the next segment's start. Immutable; what a
/// segment gives depends only on its tokens, its role and the token after it, so an unchanged segment
/// is reused, shifted, after an edit elsewhere.
/// </summary>
internal sealed record Segment(int Start, int FirstTokenEnd, SegmentKind Kind, bool ValueMap, SegmentRole Role)
{
    /// <summary><see cref="SegmentRole.Declarations"/>: all of them; <see cref="SegmentRole.Close"/>: those after the closing brace.</summary>
    public ImmutableArray<DeclarationSyntax> Declarations { get; init; } = [];

    /// <summary><see cref="SegmentRole.Open"/>: the block's keyword, segment name and opening brace.</summary>
    public SyntaxToken? Keyword { get; init; }

    public NameSyntax? Name { get; init; }

    public SyntaxToken? OpenBrace { get; init; }

    public ImmutableArray<EntrySyntax> Entries { get; init; } = [];

    /// <summary><see cref="SegmentRole.Close"/>: the block's closing brace, when there is one.</summary>
    public SyntaxToken? CloseBrace { get; init; }

    /// <summary>Open, Entries, Close: the end of the last token that belongs to the block (0 when none does).</summary>
    public int BlockEnd { get; init; }

    public ImmutableArray<CommentSyntax> Comments { get; init; } = [];

    /// <summary>What the lexer found wrong in the segment's text.</summary>
    public ImmutableArray<SyntaxProblem> LexicalProblems { get; init; } = [];

    /// <summary>What the parser found wrong in the segment's tokens, in the order it reported them.</summary>
    public ImmutableArray<SyntaxProblem> ParseProblems { get; init; } = [];

    /// <summary>The same segment <paramref name="delta"/> characters further on.</summary>
    public Segment Shift(int delta) => delta == 0 ? this : new Segment(Start + delta, FirstTokenEnd + delta, Kind, ValueMap, Role)
    {
        Declarations = SyntaxShift.ShiftAll(Declarations, delta, SyntaxShift.Shift),
        Keyword = SyntaxShift.Shift(Keyword, delta),
        Name = SyntaxShift.Shift(Name, delta),
        OpenBrace = SyntaxShift.Shift(OpenBrace, delta),
        Entries = SyntaxShift.ShiftAll(Entries, delta, SyntaxShift.Shift),
        CloseBrace = SyntaxShift.Shift(CloseBrace, delta),
        BlockEnd = BlockEnd == 0 ? 0 : BlockEnd + delta,
        Comments = SyntaxShift.ShiftAll(Comments, delta, SyntaxShift.Shift),
        LexicalProblems = SyntaxShift.ShiftAll(LexicalProblems, delta, static (p, d) => p.Shift(d)),
        ParseProblems = SyntaxShift.ShiftAll(ParseProblems, delta, static (p, d) => p.Shift(d)),
    };
}
