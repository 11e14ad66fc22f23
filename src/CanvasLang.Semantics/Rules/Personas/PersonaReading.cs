using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// What the persona rules read of a persona: the fields that say what the person needs (goals,
/// frustrations, behaviours) apart from those that only picture them (traits, quotes), where a
/// finding points, and how a message names it.
/// </summary>
internal static class PersonaReading
{
    /// <summary>The fields a team can design for.</summary>
    public static readonly ImmutableArray<string> NeedFields = ["goal", "frustration", "behaviour"];

    /// <summary>The fields that help to picture the person and say nothing about what they need.</summary>
    public static readonly ImmutableArray<string> PictureFields = ["trait", "quote"];

    /// <summary>True when a goal, frustration or behaviour says something (an empty text says nothing).</summary>
    public static bool StatesNeeds(Persona persona) =>
        NeedFields.Any(keyword => persona.Texts(keyword).Any(t => !string.IsNullOrWhiteSpace(t)));

    /// <summary>The persona's name, or its keyword when a syntax error left it nameless.</summary>
    public static TextSpan Anchor(Persona persona) => persona.Syntax.Name?.Span ?? persona.Syntax.Keyword.Span;

    /// <summary>"persona `maria`", as messages name it.</summary>
    public static string Title(Persona persona) =>
        persona.Syntax.Name is { } name ? $"persona `{name.Text}`" : "this persona";

    /// <summary>What a persona has besides needs, as a message quotes it: "2 traits, 1 quote and `basedon kiosk_count`".</summary>
    public static IReadOnlyList<string> Evidence(Persona persona)
    {
        var parts = new List<string>();
        foreach (var keyword in PictureFields)
        {
            var count = persona.Items(keyword).Count();
            if (count > 0)
            {
                parts.Add($"{count} {keyword}{(count == 1 ? string.Empty : "s")}");
            }
        }

        var basedOn = persona.BasedOn.Select(n => n.Text).ToList();
        if (basedOn.Count > 0)
        {
            parts.Add($"`basedon {string.Join(", ", basedOn)}`");
        }

        return parts;
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
