using System.Collections.Frozen;

namespace CanvasLang.Semantics.Language;

/// <summary>The built-in word lists, loaded once, as typed sets. Rules add user words on top.</summary>
public static class Lexicon
{
    public static FrozenSet<string> Vague { get; } = Set("vague-words");

    public static FrozenSet<string> Stop { get; } = Set("stop-words");

    public static FrozenSet<string> Negators { get; } = Set("negators");

    public static FrozenSet<string> Units { get; } = Set("units");

    public static FrozenSet<string> TimeWords { get; } = Set("time-words");

    public static FrozenSet<string> TaskVerbs { get; } = Set("task-verbs");

    public static FrozenSet<string> CustomerNouns { get; } = Set("customer-nouns");

    public static FrozenSet<string> ProductNouns { get; } = Set("product-nouns");

    public static FrozenSet<string> UsageVerbs { get; } = Set("usage-verbs");

    public static FrozenSet<string> EnglishFunctionWords { get; } = Set("english-function-words");

    public static FrozenSet<string> ForeignFunctionWords { get; } = Set("foreign-function-words");

    public static FrozenSet<string> OutcomeVerbs { get; } = WordLists.Section("outcome-words", "verb").ToFrozenSet(StringComparer.Ordinal);

    public static FrozenSet<string> OutcomeNouns { get; } = WordLists.Section("outcome-words", "noun").ToFrozenSet(StringComparer.Ordinal);

    public static FrozenSet<string> OutcomeAdjectives { get; } = WordLists.Section("outcome-words", "adjective").ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> OutcomePhrases { get; } = WordLists.Section("outcome-words", "phrase");

    public static FrozenSet<string> CompanyPronouns { get; } = WordLists.Section("company-voice", "word").ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> CompanyPhrases { get; } = WordLists.Section("company-voice", "phrase");

    public static FrozenSet<string> CompanyVerbs { get; } = WordLists.Section("company-voice", "verb").ToFrozenSet(StringComparer.Ordinal);

    public static FrozenSet<string> SecondPerson { get; } = WordLists.Section("company-voice", "you").ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<(string Left, string Right)> Antonyms { get; } = WordLists.Pairs("antonyms");

    /// <summary>Determiners and possessives that open a noun phrase ("the", "my", "our").</summary>
    public static FrozenSet<string> Determiners { get; } = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her", "its", "some", "any", "every", "each", "no",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Forms of "to be", which do not make their subject an actor.</summary>
    public static FrozenSet<string> BeVerbs { get; } = new[] { "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't" }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> Set(string name) => WordLists.Default[name];
}
