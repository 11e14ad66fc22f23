using System.Text;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV603: a persona whose segment has no customer profile, or which names no segment: its goals
/// and frustrations stay beside the canvas instead of in it.
/// </summary>
public sealed class PersonaWithoutProfileRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV603", "persona-without-profile", DiagnosticSeverity.Info,
        "A persona whose segment has no customer profile, or that names no segment.")
    {
        Fix = "Insert a customer profile for the segment after the persona, started from its goals (as jobs) and frustrations (as pains).",
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var persona in model.OwnPersonas)
        {
            if (persona.Syntax.Segment is not { } segment)
            {
                context.Report(PersonaReading.Anchor(persona),
                    $"{PersonaReading.Title(persona)} names no segment: add `for` and the segment it stands for, so its goals and frustrations can be checked against that segment's profile");
            }
            else if (model.Segments.ContainsKey(segment.Text) && model.ProfileOf(segment.Text) is null)
            {
                // Undeclared segments are CV007's to report.
                var fix = Fix(context, persona, segment.Text);
                context.Report(segment.Span,
                    $"{PersonaReading.Title(persona)} is for `{segment.Text}`, which has no customer profile: write `profile {segment.Text}` with the jobs, pains and gains the persona stands for (or import the file that has it)",
                    fixes: fix is null ? default : [fix]);
            }
        }
    }

    private static CodeFix? Fix(RuleContext context, Persona persona, string segment)
    {
        // After a persona cut short by a syntax error, there is no safe place for a new declaration.
        if (persona.Syntax.CloseBrace is null)
        {
            return null;
        }

        var text = context.Text;
        var indent = Anchors.IndentAt(text, persona.Syntax.Span.Start);
        var profile = new StringBuilder().Append("\n\n").Append(indent).Append("profile ").Append(segment).Append(" {\n");
        foreach (var line in Skeleton(text, persona))
        {
            profile.Append(indent).Append("  ").Append(line).Append('\n');
        }

        profile.Append(indent).Append('}');
        return new CodeFix($"Add profile `{segment}` after {PersonaReading.Title(persona)}",
            [new TextEdit(new TextSpan(persona.Syntax.Span.End, 0), profile.ToString(), IsSnippet: true)])
        {
            IsMechanical = false,
        };
    }

    /// <summary>The persona's goals as jobs and its frustrations as pains, written as they are; placeholders where it has none, and for a gain.</summary>
    private static List<string> Skeleton(SourceText text, Persona persona)
    {
        var jobs = Seeded(text, persona, "goal", "job");
        var pains = Seeded(text, persona, "frustration", "pain");
        var stop = 0;
        string Placeholder(string keyword, string hint) => $"{keyword} \"${{{++stop}:{hint}}}\"";
        return
        [
            .. jobs.Count > 0 ? jobs : [Placeholder("job", "What they are trying to get done")],
            .. pains.Count > 0 ? pains : [Placeholder("pain", "What annoys them or gets in the way")],
            Placeholder("gain", "An outcome or benefit they want"),
        ];
    }

    /// <summary>One entry per field that says something, its source between the quotes kept (escapes too), so the entry reads exactly as the persona does.</summary>
    private static List<string> Seeded(SourceText text, Persona persona, string field, string keyword) =>
        [.. persona.Items(field).Where(f => !string.IsNullOrWhiteSpace(f.Text?.Value)).Select(f => $"{keyword} \"{Anchors.SnippetText(text[f.Text!.ContentSpan])}\"")];
}
