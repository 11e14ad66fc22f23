using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV643: a positioning whose `alternative` is a placeholder for the competition ("other solutions",
/// "existing tools", "legacy systems", "competitors", "the market") rather than what the segment uses
/// or does today. Read in the seven read languages (Lexicons/&lt;code&gt;/alternative.txt); silent in others.
/// </summary>
public sealed class NoRealAlternativeRule : CanvasRule
{
    private static readonly ReadingMemo<bool> Placeholder = new();

    public override RuleDescriptor Descriptor { get; } = new("CV643", "no-real-alternative", DiagnosticSeverity.Warning,
        "A positioning whose `alternative` is a placeholder (\"other solutions\", \"existing tools\", \"legacy systems\", \"competitors\") instead of what the segment uses or does today.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var positioning in model.OwnPositionings)
        {
            if (PositioningReading.Written(positioning, "alternative")?.Text is not { } text)
            {
                continue;
            }

            var reading = model.Readings.Of(text.Value);
            var languages = FileLanguage.Candidates(model, text.Value, anyWhenUndecided: true);
            if (languages.Count > 0 && reading.Remember(Placeholder, FileLanguage.Key(languages), (r, _) => languages.Any(l => AlternativeReading.IsPlaceholder(l, r))))
            {
                context.Report(text.Span,
                    $"the alternative {reading.Quoted} of {PositioningReading.Title(positioning)} names no competitor anyone could picture: "
                    + "write what the segment uses or does today instead (a product by name, a workaround such as a spreadsheet, or doing nothing)");
            }
        }
    }
}
