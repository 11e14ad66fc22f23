using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV613: an empathy map that says what the person thinks and feels while nothing says what they
/// were seen or heard to see, say, do or hear: the inside is then a guess with nothing to rest on.
/// </summary>
public sealed class InsideWithoutOutsideRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV613", "inside-without-outside", DiagnosticSeverity.Warning,
        "An empathy map with think, feel, pains or gains filled in while see, say, do and hear are all empty.")
    {
        Fix = "Add one line for each outside section (see, say, do, hear) with placeholders to fill in from what was observed.",
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var map in context.Model.OwnEmpathyMaps)
        {
            var inside = EmpathyMap.Inside.Sum(s => map.Items(s).Count(f => !string.IsNullOrWhiteSpace(f.Text!.Value)));
            var outside = EmpathyMap.Outside.Sum(s => map.Items(s).Count(f => !string.IsNullOrWhiteSpace(f.Text!.Value)));
            if (inside == 0 || outside > 0)
            {
                continue;
            }

            var sections = EmpathyMap.Inside.Where(s => map.Items(s).Any()).Select(s => $"`{s}`").ToList();
            var fix = CardEdits.AppendFields(context.Text, map.Syntax.Keyword, map.Syntax.OpenBrace, map.Syntax.Fields, map.Syntax.CloseBrace,
                ["see \"${1:what they see around them}\"", "say \"${2:something they said, word for word}\"", "do \"${3:what they were seen to do}\"", "hear \"${4:what they hear from others}\""]);
            context.Report(EmpathyReading.Anchor(map),
                $"{EmpathyReading.Title(map)} fills {PersonaReading.Join(sections)} ({inside} item{(inside == 1 ? string.Empty : "s")}) but nothing the person was seen or heard to see, say, do or hear: " +
                "what they think and feel is then a guess; write down what you observed first, and read the inside from it",
                fixes: fix is null ? default : [new CodeFix("Add see, say, do and hear to fill in from observation", [fix]) { IsMechanical = false }]);
        }
    }
}
