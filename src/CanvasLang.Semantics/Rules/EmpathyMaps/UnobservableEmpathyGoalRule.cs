using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Rules.Profile;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV611: an empathy map's goal that names no action anyone could watch and no sign of success: a
/// state of mind ("feel confident"), or a wish in vague words ("a smoother morning"), with no number,
/// time, frequency or situation that would show it was reached.
/// </summary>
public sealed class UnobservableEmpathyGoalRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV611", "unobservable-empathy-goal", DiagnosticSeverity.Warning,
        "An empathy map's goal that is a state of mind or a vague wish, with no number, time, frequency or situation that would show it was reached.")
    {
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var map in model.OwnEmpathyMaps)
        {
            if (map.Goal?.Text is not { } goal || string.IsNullOrWhiteSpace(goal.Value) || EmpathyReading.LanguageOf(model, goal.Value) is not { } language)
            {
                continue;
            }

            if (Problem(model.Readings.Of(goal.Value), language) is { } problem)
            {
                context.Report(goal.Span,
                    $"the goal of {EmpathyReading.Title(map)}, {model.Readings.Of(goal.Value).Quoted}, {problem}, and nothing shows when it is reached: " +
                    "write what the person needs to do, as you could watch it, and the sign that it went well (how often, by when, how much)");
            }
        }
    }

    /// <summary>What makes the goal unobservable ("opens with 'feel'", "rests on 'confident'"), or null when it is fine.</summary>
    /// <remarks>
    /// The sign that a goal was reached is a number, a deadline or a frequency ("by Friday", "every
    /// evening", "4 days out of 5"): a goal with one is left alone whatever its words. A place or a time
    /// of day ("in the new flat", "in the mornings") says where the goal applies, not when it is met.
    /// Without a sign, the goal is reported only when its words say it is a state: it opens with a verb
    /// of feeling, being, seeming or unmeasured change, it names a feeling or a judgement, or it leans on
    /// a vague word.
    /// </remarks>
    internal static string? Problem(TextReading goal, NaturalLanguage language)
    {
        var kit = LanguageKit.For(language);
        var words = goal.Words;
        var measured = language == NaturalLanguage.English
            ? Concreteness.Assess(words) is { HasMeasure: true } or { HasFrequency: true }
            : VagueInLanguage.Assess(kit, words).HasMeasure;
        if (measured || words.Any(w => EmpathyReading.Is(kit, w, "sign")))
        {
            return null;
        }

        if (EmpathyReading.FirstContentWord(kit, words) is { } first && EmpathyReading.Is(kit, first, "inner"))
        {
            return $"opens with '{first.Original}', a state rather than an action";
        }

        if (words.FirstOrDefault(w => !w.IsNumeric && EmpathyReading.Is(kit, w, "state")) is { Text.Length: > 0 } state)
        {
            return $"rests on '{state.Original}', a state rather than something anyone could watch";
        }

        string? vague;
        if (language == NaturalLanguage.English)
        {
            vague = words.Select(w => VagueEntryRule.VagueForm(w, Lexicon.Vague)).FirstOrDefault(v => v is not null);
        }
        else
        {
            var stems = VagueInLanguage.VagueStems(kit, [], []);
            vague = words.FirstOrDefault(w => !w.IsNumeric && stems.Contains(kit.Stem(w.Text))).Original;
        }

        return vague is { Length: > 0 } ? $"leans on '{vague}'" : null;
    }
}
