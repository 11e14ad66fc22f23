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
        var purposes = context.Model.OwnPurposes.ToList();
        bool? english = null;
        foreach (var purpose in purposes)
        {
            if (purpose.Level != "customer" || purpose.Syntax.Text is not { } text || string.IsNullOrWhiteSpace(text.Value))
            {
                continue;
            }

            // The file's language, read only when there is a customer purpose to judge.
            english ??= IsEnglishFile(context.Model, purposes);
            var reading = TextReadings.Of(text.Value);
            if (!reading.IsEnglish(english.Value) || IsCustomerVoice(text.Value, reading.Words))
            {
                continue;
            }

            context.Report(text.Span,
                $"the customer purpose \"{Model.Entry.Shorten(text.Value)}\" speaks about the customer, not as them: rewrite it in their words, such as \"I want…\", \"I need…\" or \"How can I…?\"");
        }
    }

    private static bool IsEnglishFile(Model.SemanticModel model, List<Model.Purpose> purposes)
    {
        var counts = default(LanguageCounts);
        foreach (var purpose in purposes)
        {
            counts += TextReadings.Of(purpose.Text).Counts;
        }

        foreach (var profile in model.OwnProfiles)
        {
            counts += Profile.ProfileReading.Sum(profile.Entries);
        }

        foreach (var map in model.OwnValueMaps)
        {
            counts += Profile.ProfileReading.Sum(map.Entries);
        }

        return counts.IsEnglishBody;
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
