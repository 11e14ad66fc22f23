namespace CanvasLang.Syntax.Text;

/// <summary>A range of UTF-16 code units in a document: the unit LSP positions use by default.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the offset is inside or right at the end: where a cursor "touches" a token.</summary>
    public bool Touches(int offset) => offset >= Start && offset <= End;

    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    public TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>Zero-based line and UTF-16 column.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);
}

public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
