using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV604: more personas for one segment than a team can design for; reported on those beyond the limit.</summary>
public sealed class TooManyPersonasRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV604", "too-many-personas", DiagnosticSeverity.Hint,
        "More than 3 personas for one segment (configurable): a team cannot design for all of them.")
    {
        Options =
        [
            new RuleOption("maxPersonas", RuleOptionType.Integer, 3, "Personas of one segment beyond this many are reported."),
        ],
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        var max = context.Settings.Int("maxPersonas");
        foreach (var (segment, personas) in BySegment(model))
        {
            for (var i = max; i < personas.Count; i++)
            {
                var persona = personas[i];
                if (model.IsOwnPath(persona.Location.Path))
                {
                    context.Report(PersonaReading.Anchor(persona), Message(segment, personas, i, max),
                        related: [.. personas.Take(max).Select((p, k) => context.Related(p.Location with { Span = PersonaReading.Anchor(p) }, $"persona {k + 1} of `{segment}`"))]);
                }
            }
        }
    }

    /// <summary>
    /// The personas of each declared segment in the order they came to be: imported ones first (the
    /// file builds on its imports), then the file's own as written, so the file that goes over the
    /// limit is the one told. The binder lists them in that order within each file.
    /// </summary>
    private static Dictionary<string, List<Persona>> BySegment(SemanticModel model)
    {
        var groups = new Dictionary<string, List<Persona>>(StringComparer.Ordinal);
        foreach (var persona in model.Personas.OrderBy(p => model.IsOwnPath(p.Location.Path)))
        {
            // Undeclared segments are CV007's; personas without one are CV603's.
            if (persona.SegmentName is { } segment && model.Segments.ContainsKey(segment))
            {
                (groups.TryGetValue(segment, out var list) ? list : groups[segment] = []).Add(persona);
            }
        }

        return groups;
    }

    private static string Message(string segment, List<Persona> personas, int index, int max)
    {
        var head = $"{PersonaReading.Title(personas[index])} is number {index + 1} of {personas.Count} personas for `{segment}` (at most {max} wanted)";
        if (max == 0)
        {
            return head + ": fold what it says into the segment's profile";
        }

        var kept = PersonaReading.Join([.. personas.Take(max).Select(p => $"`{p.Name}`")]);
        return head + $": a team cannot design for that many people at once; keep the ones that matter most (now {kept}) and fold what this one adds into them";
    }
}
