using System.Collections.Immutable;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Model;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// Geometry of the page: for each segment the canonical canvas (value map square on the left,
/// customer profile circle on the right, its personas right of the circle), then personas no canvas
/// stands for, business models as the nine-block grid, SWOT analyses as their four quadrants, metrics as a grid of notes, and test and learning cards. A canvas whose notes do not fit at the smallest font grows until they do.
/// </summary>
internal static class CanvasLayout
{
    public const double Margin = 24;
    public const double TitleBand = 58;
    public const double LabelBand = 26;
    public const double AreaPadding = 8;
    public const double SheetGap = 36;
    private const double BaseSide = 620;

    /// <summary>Throws <see cref="OperationCanceledException"/> soon after <paramref name="cancellation"/> is cancelled: it is checked at every note measured.</summary>
    public static Picture Build(AnalysisResult analysis, RenderOptions options, CancellationToken cancellation = default)
    {
        var model = analysis.Model;
        var measurer = new NoteMeasurer(cancellation);
        var segments = SegmentsToDraw(model, options.Segment);
        var sheets = new List<Sheet>();
        var (banner, bannerHeight) = Captions.Banner(analysis);
        var (page, top) = Captions.Page(model, bannerHeight);
        var personas = PersonaLayout.BySegment(model);
        foreach (var segment in segments)
        {
            var sheet = PersonaLayout.Beside(ValueProposition(model, segment, top, measurer), personas.GetValueOrDefault(segment) ?? [], cancellation);
            sheets.Add(sheet);
            top = sheet.Bounds.Bottom + SheetGap;
        }

        var width = Math.Max(1200, sheets.Count == 0 ? 0 : sheets.Max(s => s.Bounds.Width));
        if (options.Segment is null)
        {
            if (PersonaLayout.OwnSheet(PersonaLayout.WithoutCanvas(model, segments), top, width, cancellation) is { } unattached)
            {
                sheets.Add(unattached);
                top = unattached.Bounds.Bottom + SheetGap;
            }

            foreach (var businessModel in model.OwnBusinessModels)
            {
                var sheet = BoardLayout.BusinessModel(model, businessModel, top, width, measurer);
                sheets.Add(sheet);
                top = sheet.Bounds.Bottom + SheetGap;
            }
        }

        foreach (var map in EmpathyMapLayout.ToDraw(model, options.Segment))
        {
            var sheet = EmpathyMapLayout.Sheet(model, map, top, width, measurer);
            sheets.Add(sheet);
            top = sheet.Bounds.Bottom + SheetGap;
        }

        foreach (var swot in SwotLayout.ToDraw(model, options.Segment))
        {
            var sheet = SwotLayout.Sheet(swot, top, width, measurer);
            sheets.Add(sheet);
            top = sheet.Bounds.Bottom + SheetGap;
        }

        foreach (var metrics in MetricsLayout.ToDraw(model, options.Segment))
        {
            var sheet = MetricsLayout.Sheet(metrics, top, width, measurer);
            sheets.Add(sheet);
            top = sheet.Bounds.Bottom + SheetGap;
        }

        if (BoardLayout.Cards(model, options.Segment, top, width, measurer) is { } cards)
        {
            sheets.Add(cards);
            top = cards.Bounds.Bottom + SheetGap;
        }

        return new Picture(width, Math.Max(top - SheetGap, 100), [.. sheets]) { Banner = banner, BannerHeight = bannerHeight, Captions = page };
    }

    /// <summary>The segments with a profile or value map in this file (or the one asked for), in written order.</summary>
    public static List<string> SegmentsToDraw(SemanticModel model, string? only)
    {
        if (only is not null)
        {
            if (!model.Segments.ContainsKey(only) && model.ProfileOf(only) is null && model.ValueMapOf(only) is null)
            {
                var known = string.Join(", ", AllSegments(model));
                throw new ArgumentException($"no segment `{only}` in this file{(known.Length > 0 ? $" (segments: {known})" : string.Empty)}");
            }

            return [only];
        }

        return AllSegments(model);
    }

    private static List<string> AllSegments(SemanticModel model)
    {
        var drawn = model.OwnProfiles.Select(p => (p.Syntax.Span.Start, p.SegmentName))
            .Concat(model.OwnValueMaps.Select(v => (v.Syntax.Span.Start, v.SegmentName)))
            .OrderBy(p => p.Start).Select(p => p.SegmentName).Distinct().ToList();
        return drawn.Count > 0 ? drawn : [.. model.OwnSegments.Select(s => s.Name).Where(n => n.Length > 0)];
    }

    private static Sheet ValueProposition(SemanticModel model, string segment, double top, NoteMeasurer measurer)
    {
        var notes = new NoteContents(model, segment);
        var areas = new (CanvasArea Area, string Label)[]
        {
            (CanvasArea.ProductsAndServices, "Products & services"),
            (CanvasArea.GainCreators, "Gain creators"),
            (CanvasArea.PainRelievers, "Pain relievers"),
            (CanvasArea.Gains, "Gains"),
            (CanvasArea.Pains, "Pains"),
            (CanvasArea.Jobs, "Customer jobs"),
        };
        var contents = areas.ToDictionary(a => a.Area, a => notes.For(a.Area));
        var (captions, band) = Captions.Segment(model, segment, top);
        // One font size for the whole canvas, so no area looks shouted or whispered; grow the canvas when even the smallest does not fit.
        for (var side = BaseSide; ; side *= 1.15)
        {
            measurer.Cancellation.ThrowIfCancellationRequested();
            var geometry = Geometry(side, top, band);
            foreach (var font in NotePacker.FontSizes)
            {
                var placed = ImmutableArray.CreateBuilder<AreaBox>();
                foreach (var (area, label) in areas)
                {
                    var box = geometry.Areas[area];
                    var packed = area is CanvasArea.Jobs or CanvasArea.Pains or CanvasArea.Gains
                        ? PackInCircle(geometry, area, box, contents[area], font, measurer)
                        : NotePacker.Pack(NoteRegion(box), contents[area], measurer, onlyFont: font);
                    if (packed is not { } notesPlaced)
                    {
                        break;
                    }

                    var inCircle = area is CanvasArea.Jobs or CanvasArea.Pains or CanvasArea.Gains;
                    placed.Add(new AreaBox(AreaName(area), label, box, inCircle ? box : NoteRegion(box), notesPlaced)
                    {
                        LabelAt = inCircle ? CircleLabel(geometry, area) : null,
                    });
                }

                if (placed.Count == areas.Length || side > 40 * BaseSide)
                {
                    var description = model.Segments.GetValueOrDefault(segment)?.Description;
                    return new Sheet(SheetKind.ValueProposition, segment, description, geometry.Bounds, placed.ToImmutable())
                    {
                        Square = geometry.Square,
                        Circle = geometry.Circle,
                        Captions = captions,
                    };
                }
            }
        }
    }

    /// <summary>Rows of notes inside the circle: gains above the horizontal radius, pains below, jobs right of the vertical diameter.</summary>
    private static ImmutableArray<PlacedNote>? PackInCircle(VpcGeometry geometry, CanvasArea area, Rect box, IReadOnlyList<NoteContent> notes, double font, NoteMeasurer measurer)
    {
        var (cx, cy, r) = geometry.Circle;
        var inner = r - CircleMargin;
        double HalfChord(double top, double bottom)
        {
            var d = Math.Max(Math.Abs(top - cy), Math.Abs(bottom - cy));
            return d >= inner ? 0 : Math.Sqrt(inner * inner - d * d);
        }

        var top = LabelTop(geometry, area) + LabelBand;
        return area switch
        {
            CanvasArea.Gains => CirclePacker.Pack(top, cy - AreaPadding, (a, b) => (cx - HalfChord(a, b), cx - AreaPadding), notes, font, alignRight: true, measurer),
            CanvasArea.Pains => CirclePacker.Pack(top, box.Bottom, (a, b) => (cx - HalfChord(a, b), cx - AreaPadding), notes, font, alignRight: true, measurer),
            _ => CirclePacker.Pack(top, box.Bottom, (a, b) => (cx + AreaPadding, cx + HalfChord(a, b)), notes, font, alignRight: false, measurer),
        };
    }

    private const double CircleMargin = 10;

    private static (double X, double Y) CircleLabel(VpcGeometry geometry, CanvasArea area)
    {
        var (cx, cy, r) = geometry.Circle;
        var top = LabelTop(geometry, area);
        var d = Math.Max(Math.Abs(top - cy), Math.Abs(top + LabelBand - cy));
        var halfChord = Math.Sqrt(Math.Max(0, (r - CircleMargin) * (r - CircleMargin) - d * d));
        return (area == CanvasArea.Jobs ? cx + AreaPadding : cx - halfChord + AreaPadding, top + 18);
    }

    /// <summary>Top of an area's label inside the circle: gains and jobs start near the top of the circle, pains just below the horizontal radius.</summary>
    private static double LabelTop(VpcGeometry geometry, CanvasArea area) => LabelTop(geometry.Circle, area);

    private static double LabelTop((double X, double Y, double R) circle, CanvasArea area) => area switch
    {
        CanvasArea.Pains => circle.Y + AreaPadding,
        _ => circle.Y - 0.88 * circle.R,
    };

    public static Rect NoteRegion(Rect box) =>
        new(box.X + AreaPadding, box.Y + LabelBand, Math.Max(0, box.Width - 2 * AreaPadding), Math.Max(0, box.Height - LabelBand - AreaPadding));

    private sealed record VpcGeometry(Rect Bounds, Rect Square, (double X, double Y, double R) Circle, Dictionary<CanvasArea, Rect> Areas);

    /// <summary>The square, the circle and the six areas for a square of side <paramref name="s"/> below a heading <paramref name="band"/> high; circle areas are rectangles inscribed in their sectors.</summary>
    private static VpcGeometry Geometry(double s, double top, double band)
    {
        var r = 0.55 * s;
        var gap = 0.14 * s;
        var square = new Rect(Margin, top + band + (2 * r - s) / 2, s, s);
        var (cx, cy) = (square.Right + gap + r, top + band + r);
        var inner = 6.0;
        var split = 0.45 * s;
        var areas = new Dictionary<CanvasArea, Rect>
        {
            [CanvasArea.ProductsAndServices] = new(square.X, square.Y, split, s),
            [CanvasArea.GainCreators] = new(square.X + split, square.Y, s - split, s / 2),
            [CanvasArea.PainRelievers] = new(square.X + split, square.Y + s / 2, s - split, s / 2),
            [CanvasArea.Gains] = new(cx - r + inner, cy - r + inner, r - 2 * inner, r - 2 * inner),
            [CanvasArea.Pains] = new(cx - r + inner, cy + inner, r - 2 * inner, r - 2 * inner),
            [CanvasArea.Jobs] = new(cx + inner, cy - r + inner, r - 2 * inner, 2 * r - 2 * inner),
        };
        var bounds = new Rect(0, top, cx + r + Margin, band + 2 * r + Margin / 2);
        return new VpcGeometry(bounds, square, (cx, cy, r), areas);
    }

    public static string AreaName(CanvasArea area) => area switch
    {
        CanvasArea.Jobs => "jobs",
        CanvasArea.Pains => "pains",
        CanvasArea.Gains => "gains",
        CanvasArea.ProductsAndServices => "products-and-services",
        CanvasArea.PainRelievers => "pain-relievers",
        _ => "gain-creators",
    };
}
