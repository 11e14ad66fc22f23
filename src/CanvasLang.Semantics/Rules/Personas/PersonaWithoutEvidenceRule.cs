using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV602: a persona that names nothing it was drawn from, so it may be the team's guess.</summary>
public sealed class PersonaWithoutEvidenceRule : CanvasRule
{
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
        var segment = persona.SegmentName;
        // Interviews first: they are where a persona usually comes from.
        var interviews = segment is null ? [] : InterviewReading.Of(model, segment).Select(i => i.Name).ToList();
        var tests = segment is null ? [] : model.TestsOf(segment).Select(t => t.Name).Where(n => n.Length > 0).ToList();
        List<string> candidates = [.. interviews, .. tests];
        if (candidates.Count == 0)
        {
            return head + "; add `basedon` with the interviews or tests it comes from, or check it with customers before designing for it";
        }

        var sources = (interviews.Count > 0, tests.Count > 0) switch
        {
            (true, true) => "interviews or tests",
            (true, false) => "interviews",
            _ => "tests",
        };
        return head + $"; if it comes from {sources} of `{segment}` ({InterviewReading.Names(candidates)}), name {(candidates.Count == 1 ? "it" : "them")} with `basedon`";
    }
}
