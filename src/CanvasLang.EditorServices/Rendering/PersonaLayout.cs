using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// Personas as cards. A segment's personas stand in one column right of its customer profile circle,
/// the side of the canvas they describe. Personas without a segment, or whose segment has no canvas
/// in the picture, get a sheet of their own below the canvases, so none is left out.
/// </summary>
internal static class PersonaLayout
{
    public const double CardWidth = 300;

    /// <summary>Lines a text may take on a card: a card sums a persona up, the source keeps every word.</summary>
    public const int MostLinesPerText = 6;

    private const double CardGap = 14;
    private const double Padding = 12;
    private const double GroupGap = 6;
    private const double BulletIndent = 12;

    // Columns on the personas sheet at most: a page made wide by a grown canvas need not spread them thin.
    private const int MostColumns = 4;

    private static readonly (string Keyword, string Label)[] Groups = [("goal", "Goals"), ("frustration", "Frustrations"), ("behaviour", "Behaviours")];

    private static readonly Style NameStyle = new("cl-persona-name", 16, 21, Bold: true, MostLines: 2);
    private static readonly Style TraitStyle = new("cl-persona-traits", 12, 16);
    private static readonly Style LabelStyle = new("cl-persona-label", 11, 16, Bold: true);
    private static readonly Style ItemStyle = new("cl-persona-text", 12, 16);
    private static readonly Style QuoteStyle = new("cl-persona-quote", 12, 16, Italic: true);
    private static readonly Style SmallStyle = new("cl-persona-small", 10, 14);

    /// <summary>The file's own personas that name a segment, by that name, in written order.</summary>
    public static Dictionary<string, List<Persona>> BySegment(SemanticModel model)
    {
        var bySegment = new Dictionary<string, List<Persona>>(StringComparer.Ordinal);
        foreach (var persona in model.OwnPersonas)
        {
            if (persona.SegmentName is { Length: > 0 } segment)
            {
                if (!bySegment.TryGetValue(segment, out var list))
                {
                    bySegment[segment] = list = [];
                }

                list.Add(persona);
            }
        }

        return bySegment;
    }

    /// <summary>The file's own personas that no drawn canvas stands for, in written order.</summary>
    public static List<Persona> WithoutCanvas(SemanticModel model, IReadOnlyCollection<string> drawnSegments)
    {
        var drawn = drawnSegments.ToHashSet(StringComparer.Ordinal);
        return [.. model.OwnPersonas.Where(p => p.SegmentName is not { Length: > 0 } segment || !drawn.Contains(segment))];
    }

    /// <summary>The canvas with its personas in a column right of the circle, widened (and lengthened) to hold them.</summary>
    public static Sheet Beside(Sheet canvas, IReadOnlyList<Persona> personas, CancellationToken cancellation)
    {
        if (personas.Count == 0)
        {
            return canvas;
        }

        var (cx, cy, r) = canvas.Circle;
        var x = cx + r + CanvasLayout.SheetGap;
        var top = cy - r;
        var cards = ImmutableArray.CreateBuilder<PersonaCard>(personas.Count);
        var y = top + CanvasLayout.LabelBand;
        foreach (var persona in personas)
        {
            var card = Card(persona, x, y, showSegment: false, cancellation);
            cards.Add(card);
            y = card.Box.Bottom + CardGap;
        }

        var shelf = new PersonaShelf("Personas", new Rect(x, top, CardWidth, y - CardGap - top), cards.MoveToImmutable());
        var bounds = canvas.Bounds;
        var bottom = Math.Max(bounds.Bottom, shelf.Box.Bottom + CanvasLayout.Margin / 2);
        return canvas with
        {
            Bounds = bounds with { Width = shelf.Box.Right + CanvasLayout.Margin - bounds.X, Height = bottom - bounds.Y },
            Personas = shelf,
        };
    }

    /// <summary>A sheet of the personas no canvas stands for, from <paramref name="top"/>, or null when there are none.</summary>
    public static Sheet? OwnSheet(IReadOnlyList<Persona> personas, double top, double width, CancellationToken cancellation)
    {
        if (personas.Count == 0)
        {
            return null;
        }

        var left = CanvasLayout.Margin;
        // A little below the band: the sheet's subtitle sits just above it, and the cards have borders of their own.
        var cardsTop = top + CanvasLayout.TitleBand + 8;
        var columns = Math.Clamp((int)((width - 2 * left + CardGap) / (CardWidth + CardGap)), 1, MostColumns);
        var heights = new double[columns];
        var cards = ImmutableArray.CreateBuilder<PersonaCard>(personas.Count);
        foreach (var persona in personas)
        {
            // Into the shortest column, in written order, as notes are packed.
            var column = Array.IndexOf(heights, heights.Min());
            var card = Card(persona, left + column * (CardWidth + CardGap), cardsTop + heights[column], showSegment: true, cancellation);
            cards.Add(card);
            heights[column] += card.Box.Height + CardGap;
        }

        var used = Math.Min(columns, personas.Count);
        var shelf = new PersonaShelf(null, new Rect(left, cardsTop, used * (CardWidth + CardGap) - CardGap, heights.Max() - CardGap), cards.MoveToImmutable());
        var bounds = new Rect(0, top, width, shelf.Box.Bottom - top + CanvasLayout.Margin / 2);
        return new Sheet(SheetKind.Personas, "Personas", "Personas with no segment, or whose segment has no canvas in this picture", bounds, []) { Personas = shelf };
    }

    /// <summary>A persona's card with its top left at (x, y): name, traits, goals, frustrations, behaviours, quotes, what it rests on.</summary>
    private static PersonaCard Card(Persona persona, double x, double y, bool showSegment, CancellationToken cancellation)
    {
        var source = persona.Location.Text;
        int LineOf(TextSpan span) => NoteContents.LineOf(source, span);
        var declared = LineOf(persona.Syntax.Span);
        var pen = new CardPen(x + Padding, y + Padding, CardWidth - 2 * Padding, cancellation);
        pen.Write(persona.Name.Length > 0 ? persona.Name : "Unnamed persona", NameStyle, declared);
        var traits = TextFields(persona, "trait");
        if (traits.Count > 0)
        {
            pen.Write(string.Join(" · ", traits.Select(t => t.Text!.Value)), TraitStyle, LineOf(traits[0].Span));
        }

        if (showSegment && persona.SegmentName is { Length: > 0 } segment)
        {
            pen.Write($"for {segment}", SmallStyle, declared);
        }

        foreach (var (keyword, label) in Groups)
        {
            var items = TextFields(persona, keyword);
            if (items.Count == 0)
            {
                continue;
            }

            pen.Gap(GroupGap);
            pen.Write(label, LabelStyle, LineOf(items[0].Span));
            foreach (var item in items)
            {
                pen.Bullet(item.Text!.Value, ItemStyle, LineOf(item.Span));
            }
        }

        foreach (var quote in TextFields(persona, "quote"))
        {
            pen.Gap(GroupGap);
            pen.Write($"“{quote.Text!.Value}”", QuoteStyle, LineOf(quote.Span));
        }

        if (persona.Items("basedon").FirstOrDefault(f => f.References.Length > 0) is { } basedOn)
        {
            pen.Gap(GroupGap);
            pen.Write($"based on: {string.Join(", ", persona.BasedOn.Select(n => n.Text))}", SmallStyle, LineOf(basedOn.Span));
        }

        var box = new Rect(x, y, CardWidth, pen.Y + Padding - y);
        return new PersonaCard(persona.Name, persona.SegmentName, declared, box, pen.Lines.ToImmutable());
    }

    /// <summary>The fields with this keyword that hold some text, in written order.</summary>
    private static List<FieldSyntax> TextFields(Persona persona, string keyword) =>
        [.. persona.Items(keyword).Where(f => !string.IsNullOrWhiteSpace(f.Text?.Value))];

    /// <summary>How a kind of line is drawn: CSS class, font size, the height it takes, and at most how many lines one text gets.</summary>
    private sealed record Style(string Class, double FontSize, double Step, bool Bold = false, bool Italic = false, int MostLines = MostLinesPerText);

    /// <summary>Writes a card's lines from the top down, each text wrapped to the card's width.</summary>
    private sealed class CardPen(double left, double top, double width, CancellationToken cancellation)
    {
        public ImmutableArray<CardLine>.Builder Lines { get; } = ImmutableArray.CreateBuilder<CardLine>();

        /// <summary>The bottom of the last line written.</summary>
        public double Y { get; private set; } = top;

        public void Gap(double height) => Y += height;

        public void Write(string text, Style style, int line, double indent = 0)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var wrapped in TextMetrics.WrapAtMost(text, style.FontSize, width - indent, style.MostLines, style.Bold))
            {
                Y += style.Step;
                Lines.Add(new CardLine(wrapped, style.Class, style.FontSize, left + indent, Baseline(Y, style), line, style.Bold, style.Italic));
            }
        }

        /// <summary>A text after a bullet, its wrapped lines aligned after the bullet.</summary>
        public void Bullet(string text, Style style, int line)
        {
            Lines.Add(new CardLine("•", style.Class, style.FontSize, left, Baseline(Y + style.Step, style), line));
            Write(text, style, line, BulletIndent);
        }

        // As in notes: a quarter of the line's height below the baseline for descenders.
        private static double Baseline(double bottom, Style style) => bottom - style.Step * 0.25;
    }
}
