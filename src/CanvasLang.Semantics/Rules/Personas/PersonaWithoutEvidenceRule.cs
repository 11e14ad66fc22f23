using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV602: a persona that names nothing it was drawn from, so it may be the team's guess.</summary>
public sealed class PersonaWithoutEvidenceRule : CanvasRule
{
    // Enough to point at a few candidates without turning the message into a list.
    private const int CandidatesShown = 3;

    public override RuleDescriptor Descriptor { get; } = new("CV602", "persona-without-evidence", DiagnosticSeverity.Info,
        "A persona with no `basedon`: it rests on nothing observed.");

    public override void Analyze(RuleContext context)
    {
        // A `basedon` naming something that does not exist is CV002's: it still says the persona has a source.
        foreach (var persona in context.Model.OwnPersonas.Where(p => !p.BasedOn.Any()))
        {
            context.Report(PersonaReading.Anchor(persona), Message(context.Model, persona));
        }
    }

    private static string Message(SemanticModel model, Persona persona)
    {
        var head = $"{PersonaReading.Title(persona)} has no `basedon`: nothing says which interviews or tests it was drawn from, so it may be a guess";
        var tests = persona.SegmentName is { } segment
            ? model.TestsOf(segment).Select(t => t.Name).Where(n => n.Length > 0).ToList()
            : [];
        if (tests.Count == 0)
        {
            return head + "; add `basedon` with the tests it comes from, or check it with customers before designing for it";
        }

        var shown = string.Join(", ", tests.Take(CandidatesShown).Select(n => $"`{n}`")) + (tests.Count > CandidatesShown ? ", …" : string.Empty);
        return head + $"; if it comes from tests of `{persona.SegmentName}` ({shown}), name {(tests.Count == 1 ? "it" : "them")} with `basedon`";
    }
}
