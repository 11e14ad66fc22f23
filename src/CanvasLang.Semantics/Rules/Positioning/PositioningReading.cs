using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// What the positioning rules read of a positioning statement: its fields, where a finding about it
/// points, how messages name it, and the language a field's text is read in.
/// </summary>
internal static class PositioningReading
{
    /// <summary>The first field with this keyword whose text is written (not empty), or null.</summary>
    public static FieldSyntax? Written(Positioning positioning, string keyword) =>
        positioning.Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == keyword && !string.IsNullOrWhiteSpace(f.Text?.Value));

    /// <summary>Whether the statement has a field with this keyword at all, written or not.</summary>
    public static bool Has(Positioning positioning, string keyword) => positioning.Syntax.Fields.Any(f => f.Keyword.Text == keyword);

    /// <summary>The positioning's name, or its keyword when a syntax error left it nameless.</summary>
    public static TextSpan Anchor(Positioning positioning) => positioning.Syntax.Name?.Span ?? positioning.Syntax.Keyword.Span;

    /// <summary>"positioning `app_position`", as messages name it.</summary>
    public static string Title(Positioning positioning) =>
        positioning.Syntax.Name is { } name ? $"positioning `{name.Text}`" : "this positioning";

    /// <summary>The declared segment the positioning is for, or null (none named, or not declared: CV007's).</summary>
    public static Segment? SegmentOf(SemanticModel model, Positioning positioning) =>
        positioning.SegmentName is { } name ? model.Segments.GetValueOrDefault(name) : null;
}
