using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV601: a persona that pictures who someone is (traits, quotes) and says nothing of what they need.</summary>
public sealed class PersonaDemographicsOnlyRule : CanvasRule
{
    /// <summary>The fields the fix offers, in the order a persona usually lists them, with their placeholders.</summary>
    private static readonly ImmutableArray<(string Field, string Placeholder)> Needs =
    [
        ("goal", "What they are trying to achieve"),
        ("frustration", "What gets in their way today"),
        ("behaviour", "What they do today, as observed"),
    ];

    public override RuleDescriptor Descriptor { get; } = new("CV601", "persona-demographics-only", DiagnosticSeverity.Warning,
        "A persona with no goal, frustration or behaviour: it describes who the person is, not what they need.")
    {
        Fix = "Insert a goal, a frustration and a behaviour at the end of the persona, as a snippet with placeholders.",
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var persona in context.Model.OwnPersonas.Where(p => !PersonaReading.StatesNeeds(p)))
        {
            var fix = Fix(context, persona);
            context.Report(PersonaReading.Anchor(persona), Message(persona), fixes: fix is null ? default : [fix]);
        }
    }

    private static string Message(Persona persona)
    {
        var has = PersonaReading.Evidence(persona);
        var what = has.Count == 0
            ? $"{PersonaReading.Title(persona)} has no goal, frustration or behaviour"
            : $"{PersonaReading.Title(persona)} has only {PersonaReading.Join(has)}";
        return what + ": it says who the person is, not what they need; add a goal (what they try to achieve), "
            + "a frustration (what gets in their way) or a behaviour (what they do today)";
    }

    private static CodeFix? Fix(RuleContext context, Persona persona)
    {
        var s = persona.Syntax;
        var fields = Needs.Select((n, i) => $"{n.Field} \"${{{i + 1}:{Anchors.SnippetText(n.Placeholder)}}}\"").ToList();
        return CardEdits.AppendFields(context.Text, s.Keyword, s.OpenBrace, s.Fields, s.CloseBrace, fields) is { } edit
            ? new CodeFix($"Add a goal, a frustration and a behaviour to {PersonaReading.Title(persona)}", [edit]) { IsMechanical = false }
            : null;
    }
}
