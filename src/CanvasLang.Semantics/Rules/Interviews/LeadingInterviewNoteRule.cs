using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV622: an interview's note or `heard` text that records a warning sign of a weak interview
/// rather than evidence: what the person says they would do, praise for the idea, or a claim about
/// how things generally are. Read in the seven read languages (Lexicons/&lt;code&gt;/interview.txt);
/// silent in any other. Quotes are the person's own words, kept as said, and are not read.
/// </summary>
public sealed class LeadingInterviewNoteRule : CanvasRule
{
    private static readonly ReadingMemo<ImmutableArray<Cue>> Cues = new();

    public override RuleDescriptor Descriptor { get; } = new("CV622", "leading-interview-note", DiagnosticSeverity.Warning,
        "An interview note or `heard` text that records a hypothetical (\"would buy\"), a compliment about the idea or a general claim (\"usually\", \"everyone wants\") instead of what happened.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var interview in model.OwnInterviews)
        {
            foreach (var field in interview.Syntax.Fields.Where(f => f.Keyword.Text is "note" or "heard"))
            {
                if (field.Text is not { } text || string.IsNullOrWhiteSpace(text.Value))
                {
                    continue;
                }

                var language = FileLanguage.Of(model, text.Value);
                if (!language.IsRead())
                {
                    continue; // a language the rule cannot read: silent
                }

                var reading = model.Readings.Of(text.Value);
                var cues = reading.Remember(Cues, language, (r, l) => InterviewCues.For(l).Find(r.Words, r.Text));
                if (cues.Length > 0)
                {
                    context.Report(text.Span, Message(interview, field, reading.Quoted, cues));
                }
            }
        }
    }

    private static string Message(Interview interview, FieldSyntax field, string quoted, ImmutableArray<Cue> cues)
    {
        var what = field.Keyword.Text == "note" ? "the note" : field.Value is { } heard ? $"`heard {heard.Text}`" : "`heard`";
        var kinds = cues.Select(c => c.Kind).Distinct().ToList();
        var found = PersonaReading.Join([.. kinds.Select(k => $"{Name(k)} ({string.Join(", ", cues.Where(c => c.Kind == k).Select(c => $"'{c.Words}'"))})")]);
        return $"{what} {quoted} in {InterviewReading.Title(interview)} records {found} rather than what happened: {Advice(kinds[0])}";
    }

    private static string Name(CueKind kind) => kind switch
    {
        CueKind.Hypothetical => "a hypothetical",
        CueKind.Compliment => "a compliment",
        _ => "a general claim",
    };

    private static string Advice(CueKind kind) => kind switch
    {
        CueKind.Hypothetical => "what people say they would do is a guess about the future; write down what they did the last time it came up",
        CueKind.Compliment => "praise for the idea says nothing about their problem; write down what they do about it today",
        _ => "a general claim is an opinion, not an observation; write down one particular time it happened",
    };
}
