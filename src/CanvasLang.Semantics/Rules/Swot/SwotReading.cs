using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules;

/// <summary>What the SWOT rules share: where a finding about a SWOT sits, how messages name it and its quadrants.</summary>
internal static class SwotReading
{
    /// <summary>The SWOT's name, or its keyword when the name is missing.</summary>
    public static TextSpan Anchor(Swot swot) => swot.Syntax.Name?.Span ?? swot.Syntax.Keyword.Span;

    /// <summary>The strengths, weaknesses, opportunities and threats: the items that are not actions.</summary>
    public static IEnumerable<SwotItem> Factors(Swot swot) => swot.Items.Where(i => !i.IsAction);

    /// <summary>"a weakness" for one, "weaknesses" for several.</summary>
    public static string Count(int count, SwotQuadrant quadrant) => count == 1 ? $"1 {Singular(quadrant)}" : $"{count} {Swot.Word(quadrant)}";

    public static string Singular(SwotQuadrant quadrant) => quadrant switch
    {
        SwotQuadrant.Strengths => "strength",
        SwotQuadrant.Weaknesses => "weakness",
        SwotQuadrant.Opportunities => "opportunity",
        _ => "threat",
    };

    /// <summary>The item kind on the other side of the same column: a strength's counterpart outside the business is an opportunity, a weakness's a threat, and back.</summary>
    public static EntryKind OtherSide(EntryKind kind) => kind switch
    {
        EntryKind.Strength => EntryKind.Opportunity,
        EntryKind.Weakness => EntryKind.Threat,
        EntryKind.Opportunity => EntryKind.Strength,
        _ => EntryKind.Weakness,
    };

    /// <summary>"`a`, `b` and `c`".</summary>
    public static string Join(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";
}
