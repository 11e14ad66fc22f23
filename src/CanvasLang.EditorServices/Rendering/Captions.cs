using System.Collections.Immutable;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>A line of text above a picture or a sheet, at its baseline.</summary>
internal sealed record Caption(string Text, string Class, double FontSize, double X, double Y, bool Bold = false);

/// <summary>
/// The words around the pictures: the banner that says the file has syntax errors (what is drawn is
/// what could be read), the file's title and company and brand purposes, and above each segment's
/// canvas its description, value proposition statement and customer purpose.
/// </summary>
internal static class Captions
{
    /// <summary>Syntax errors listed in the banner; the rest are counted.</summary>
    public const int BannerErrors = 6;

    private const double TextWidth = 1200 - 2 * CanvasLayout.Margin;

    /// <summary>The banner's lines (none when the file parsed cleanly) and its height.</summary>
    public static (ImmutableArray<Caption> Lines, double Height) Banner(AnalysisResult analysis)
    {
        var errors = analysis.Tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return ([], 0);
        }

        var lines = ImmutableArray.CreateBuilder<Caption>();
        var y = 26.0;
        var count = errors.Count == 1 ? "a syntax error" : $"{errors.Count} syntax errors";
        lines.Add(new Caption($"This file has {count}: the picture shows only what could be read, and may be wrong.", "cl-banner-text", 15, CanvasLayout.Margin, y, Bold: true));
        foreach (var error in errors.Take(BannerErrors))
        {
            var position = analysis.Tree.Text.GetPosition(error.Span.Start);
            foreach (var line in TextMetrics.Wrap($"line {position.Line + 1}, column {position.Character + 1}: {error.Message}", 13, TextWidth))
            {
                y += 19;
                lines.Add(new Caption(line, "cl-banner-text", 13, CanvasLayout.Margin, y));
            }
        }

        if (errors.Count > BannerErrors)
        {
            y += 19;
            lines.Add(new Caption($"… and {errors.Count - BannerErrors} more", "cl-banner-text", 13, CanvasLayout.Margin, y));
        }

        return (lines.ToImmutable(), y + 16);
    }

    /// <summary>The file's title and its company and brand purposes, from <paramref name="top"/>; and where the pictures start.</summary>
    public static (ImmutableArray<Caption> Lines, double Bottom) Page(SemanticModel model, double top)
    {
        var lines = ImmutableArray.CreateBuilder<Caption>();
        var y = top;
        if (model.Tree.Declarations.OfType<TitleSyntax>().FirstOrDefault()?.Text?.Value is { Length: > 0 } title)
        {
            foreach (var line in TextMetrics.Wrap(title, 28, TextWidth, bold: true))
            {
                y += 36;
                lines.Add(new Caption(line, "cl-page-title", 28, CanvasLayout.Margin, y, Bold: true));
            }
        }

        foreach (var purpose in model.OwnPurposes.Where(p => p.Level is "company" or "brand" && p.Text.Length > 0))
        {
            y = Labelled(lines, $"{(purpose.Level == "company" ? "Company" : "Brand")} purpose: ", purpose.Text, y, 22);
        }

        return (lines.ToImmutable(), lines.Count == 0 ? top : y + 24);
    }

    /// <summary>A segment's heading (its description, else its name), name, statement and customer purpose; and their height.</summary>
    public static (ImmutableArray<Caption> Lines, double Height) Segment(SemanticModel model, string segment, double top)
    {
        var lines = ImmutableArray.CreateBuilder<Caption>();
        var description = model.Segments.GetValueOrDefault(segment)?.Description;
        var y = top + 2;
        foreach (var line in TextMetrics.Wrap(string.IsNullOrWhiteSpace(description) ? segment : description, 22, TextWidth, bold: true))
        {
            y += 28;
            lines.Add(new Caption(line, "cl-title", 22, CanvasLayout.Margin, y, Bold: true));
        }

        if (!string.IsNullOrWhiteSpace(description))
        {
            y += 20;
            lines.Add(new Caption($"segment {segment}", "cl-subtitle", 13, CanvasLayout.Margin, y));
        }

        foreach (var statement in model.OwnStatements.Where(s => s.SegmentName == segment && s.Text.Length > 0))
        {
            y = Labelled(lines, "Value proposition: ", statement.Text, y, 20);
        }

        foreach (var purpose in model.OwnPurposes.Where(p => p.Level == "customer" && p.SegmentName == segment && p.Text.Length > 0))
        {
            y = Labelled(lines, "Customer purpose: ", purpose.Text, y, 20);
        }

        // The stage the team claims, wherever it is written (a fit file usually imports the canvas).
        if (model.FitStages.GetValueOrDefault(segment) is { Stage: { } stage } fit)
        {
            var basedOn = fit.BasedOn.Select(n => n.Text).ToList();
            y += 20;
            lines.Add(new Caption($"Claims {FitStage.Spoken(stage)}{(basedOn.Count > 0 ? ", based on " + string.Join(", ", basedOn) : ", based on nothing named")}", "cl-caption", 14, CanvasLayout.Margin, y));
        }

        return (lines.ToImmutable(), Math.Max(CanvasLayout.TitleBand, y - top + 8));
    }

    private static double Labelled(ImmutableArray<Caption>.Builder lines, string label, string text, double y, double step)
    {
        foreach (var line in TextMetrics.Wrap($"{label}“{text}”", 14, TextWidth))
        {
            y += step;
            lines.Add(new Caption(line, "cl-caption", 14, CanvasLayout.Margin, y));
        }

        return y;
    }
}
