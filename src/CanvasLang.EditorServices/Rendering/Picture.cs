using System.Collections.Immutable;

namespace CanvasLang.EditorServices.Rendering;

internal readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public Rect Inset(double by) => new(X + by, Y + by, Math.Max(0, Width - 2 * by), Math.Max(0, Height - 2 * by));
}

/// <summary>What a sticky note says, before it is sized: header words, text paragraphs, fit links.</summary>
internal sealed record NoteContent(
    string Key,
    int Line,
    string Style,
    string Header,
    ImmutableArray<string> Paragraphs)
{
    /// <summary>Keys of the notes this one is linked with by fit (hover highlights them).</summary>
    public ImmutableArray<string> Links { get; init; } = [];

    /// <summary>A severe pain or essential gain that nothing in the value map addresses.</summary>
    public bool Alert { get; init; }

    /// <summary>Part of a matched pair (ticked on paper).</summary>
    public bool Matched { get; init; }

    /// <summary>Colour stripe on the left edge (job kinds), or null.</summary>
    public string? Stripe { get; init; }
}

/// <summary>A note with its place, font size and wrapped lines.</summary>
internal sealed record PlacedNote(NoteContent Content, Rect Box, double FontSize, ImmutableArray<string> HeaderLines, ImmutableArray<string> Lines);

/// <summary>One labelled area (a canvas area, a business model block, the cards) and its notes.</summary>
internal sealed record AreaBox(string Area, string Label, Rect Box, Rect NoteRegion, ImmutableArray<PlacedNote> Notes)
{
    /// <summary>Where the label's baseline starts, when not at the box's top left (areas inside the circle).</summary>
    public (double X, double Y)? LabelAt { get; init; }
}

internal enum SheetKind
{
    ValueProposition,
    BusinessModel,
    Cards,
    Personas,
    EmpathyMap,
    Swot,
    Metrics,
}

/// <summary>One picture on the page: a segment's canvas, a business model, a SWOT analysis, a metrics block, or the test and learning cards.</summary>
internal sealed record Sheet(SheetKind Kind, string Title, string? Subtitle, Rect Bounds, ImmutableArray<AreaBox> Areas)
{
    /// <summary>The value map square and the customer profile circle (value proposition sheets only).</summary>
    public Rect Square { get; init; }

    public (double X, double Y, double R) Circle { get; init; }

    /// <summary>Heading lines written instead of <see cref="Title"/> and <see cref="Subtitle"/>, when there are any.</summary>
    public ImmutableArray<Caption> Captions { get; init; } = [];

    /// <summary>The persona cards drawn on this sheet: beside the circle of a canvas, or the whole of a personas sheet.</summary>
    public PersonaShelf? Personas { get; init; }
}

/// <summary>Where a sheet's persona cards stand, the label above them (none on a personas sheet, whose title says it), and the cards.</summary>
internal sealed record PersonaShelf(string? Label, Rect Box, ImmutableArray<PersonaCard> Cards);

/// <summary>A persona as a card: its name, declaration line, box, and its text laid out line by line.</summary>
internal sealed record PersonaCard(string Name, string? Segment, int Line, Rect Box, ImmutableArray<CardLine> Lines);

/// <summary>One line of a persona card at its baseline, styled by a CSS class; <paramref name="Line"/> is the source line it shows.</summary>
internal sealed record CardLine(string Text, string Class, double FontSize, double X, double Y, int Line, bool Bold = false, bool Italic = false);

internal sealed record Picture(double Width, double Height, ImmutableArray<Sheet> Sheets)
{
    /// <summary>The syntax errors banner across the top (empty when the file parsed cleanly).</summary>
    public ImmutableArray<Caption> Banner { get; init; } = [];

    public double BannerHeight { get; init; }

    /// <summary>The file's title and purposes, above the sheets.</summary>
    public ImmutableArray<Caption> Captions { get; init; } = [];
}
