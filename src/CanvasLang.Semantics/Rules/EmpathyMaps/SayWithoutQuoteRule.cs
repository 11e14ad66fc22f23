using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV612: a `say` item of an empathy map that reports what the person said instead of quoting it:
/// "She says the app is slow", "Complains about prices". What someone says is evidence in their own
/// words; a summary is the writer's reading of it.
/// </summary>
public sealed class SayWithoutQuoteRule : CanvasRule
{
    // Quotation marks of the read languages: a text holding a pair of them quotes someone.
    private const string QuoteMarks = "\"“”„«»‘‹›";

    public override RuleDescriptor Descriptor { get; } = new("CV612", "say-without-quote", DiagnosticSeverity.Info,
        "An empathy map's `say` item that reports or summarises what the person said instead of quoting their words.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var map in model.OwnEmpathyMaps)
        {
            foreach (var say in map.Items("say"))
            {
                var text = say.Text!.Value;
                if (string.IsNullOrWhiteSpace(text) || EmpathyReading.LanguageOf(model, text) is not { } language)
                {
                    continue;
                }

                if (Report(model.Readings.Of(text), language) is { } how)
                {
                    context.Report(say.Text.Span,
                        $"the `say` of {EmpathyReading.Title(map)}, {model.Readings.Of(text).Quoted}, {how}: write down what the person said, in their words and in quotation marks, so the map keeps the evidence and not a reading of it");
                }
            }
        }
    }

    /// <summary>How the text reports speech ("reports it with 'says'"), or null when it is the person speaking.</summary>
    internal static string? Report(TextReading say, NaturalLanguage language)
    {
        var text = say.Text.Trim();
        if (text.Count(c => QuoteMarks.Contains(c, StringComparison.Ordinal)) >= 2 || (text.Length > 2 && text[0] == '\'' && text[^1] == '\''))
        {
            return null;
        }

        var kit = LanguageKit.For(language);
        var words = say.Words;
        if (words.Any(w => EmpathyReading.Is(kit, w, "first")))
        {
            return null;
        }

        if (words.FirstOrDefault(w => EmpathyReading.Is(kit, w, "reporting")) is { Text.Length: > 0 } verb)
        {
            return $"reports it with '{verb.Original}'";
        }

        if (words.Length > 0 && EmpathyReading.Is(kit, words[0], "third"))
        {
            return $"speaks of the person as '{words[0].Original}'";
        }

        // Where the subject pronoun may be dropped ("Nunca llevo efectivo" is someone speaking), no
        // first-person word proves nothing: only a reporting verb or a third person above tells.
        return language is NaturalLanguage.Spanish or NaturalLanguage.Portuguese or NaturalLanguage.Italian
            ? null
            : "is neither in quotation marks nor in the first person";
    }
}
