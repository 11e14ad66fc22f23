namespace CanvasLang.Semantics.Rules;

public static partial class RuleCatalog
{
    private static IEnumerable<CanvasRule> InterviewRules() =>
    [
        new ProfileCitesNoInterviewRule(),
        new LeadingInterviewNoteRule(),
        new EntryHeardOnceRule(),
    ];
}
