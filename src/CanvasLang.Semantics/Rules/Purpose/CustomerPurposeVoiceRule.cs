using System.Collections.Frozen;
using CanvasLang.Semantics.Language;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV501: a customer purpose written about the customer instead of by them.</summary>
public sealed class CustomerPurposeVoiceRule : CanvasRule
{
    private static readonly FrozenSet<string> FirstPersonSingular = new[]
    {
        "i", "i'm", "i'd", "i've", "i'll", "me", "my", "mine", "myself", "im",
    }.ToFrozenSet(StringComparer.Ordinal);

    // In a question these say the company is talking ("Want your coffee faster?"), not the customer.
    private static readonly FrozenSet<string> CompanyInQuestion = new[] { "we", "our", "us", "your", "yours" }.ToFrozenSet(StringComparer.Ordinal);

    public override RuleDescriptor Descriptor { get; } = new("CV501", "customer-purpose-voice", DiagnosticSeverity.Warning,
        "The customer purpose isn't written in the customer's own voice (\"I want…\", \"I need…\", \"Can you…\", \"How can I…\").")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var purpose in context.Model.OwnPurposes)
        {
            if (purpose.Level != "customer" || purpose.Syntax.Text is not { } text || string.IsNullOrWhiteSpace(text.Value))
            {
                continue;
            }

            var reading = context.Model.Readings.Of(text.Value);
            var language = FileLanguage.Of(context.Model, text.Value);
            var customerSpeaks = language switch
            {
                NaturalLanguage.English => IsCustomerVoice(text.Value, reading.Words),
                var other when other.IsRead() => IsCustomerVoice(LanguageKit.For(other), text.Value, reading.Words),
                _ => true, // a language the rule cannot read: silent
            };
            if (customerSpeaks)
            {
                continue;
            }

            context.Report(text.Span,
                $"the customer purpose \"{Model.Entry.Shorten(text.Value)}\" speaks about the customer, not as them: rewrite it in their words, such as \"I want…\", \"I need…\" or \"How can I…?\"");
        }
    }

    /// <summary>The customer's voice in another read language, from its pronouns (Lexicons/&lt;code&gt;/voice.txt).</summary>
    internal static bool IsCustomerVoice(LanguageKit kit, string text, IReadOnlyList<Word> words)
    {
        var voice = kit.Lexicon("voice");
        var first = voice.Section("first");
        if (words.Any(w => w.Kind == WordKind.Word && first.Contains(kit.Stem(w.Text))))
        {
            return true;
        }

        // Spanish, Portuguese and Italian drop the pronoun: "Quiero…", "Preciso…", "Voglio…" speak in the first person.
        if (kit.Language is NaturalLanguage.Spanish or NaturalLanguage.Portuguese or NaturalLanguage.Italian
            && words.Count > 0 && words[0].Text.EndsWith('o'))
        {
            return true;
        }

        var company = voice.Section("company");
        return text.TrimEnd().EndsWith('?') && !words.Any(w => w.Kind == WordKind.Word && company.Contains(kit.Stem(w.Text)));
    }

    internal static bool IsCustomerVoice(string text, IReadOnlyList<Word> words)
    {
        if (words.Any(w => FirstPersonSingular.Contains(w.Text)))
        {
            return true;
        }

        // A question asked without the company's pronouns is the customer asking ("Can you fix it by 8:00?").
        return text.TrimEnd().EndsWith('?') && !words.Any(w => CompanyInQuestion.Contains(w.Text));
    }
}
