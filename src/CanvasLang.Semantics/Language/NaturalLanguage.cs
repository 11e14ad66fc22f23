namespace CanvasLang.Semantics.Language;

/// <summary>
/// The language an entry is written in, as far as the word-reading rules are concerned. The languages
/// named here are read (stemmer, stop words and lexicons of their own); <see cref="Unsupported"/> is a
/// text recognisably in another language (another script, or letters no read language uses), and
/// <see cref="Unknown"/> one with too little evidence either way. Rules stay silent on both.
/// </summary>
public enum NaturalLanguage : byte
{
    Unknown,
    English,
    German,
    French,
    Spanish,
    Portuguese,
    Italian,
    Dutch,
    Unsupported,
}

public static class NaturalLanguages
{
    /// <summary>The languages the word-reading rules read, English first.</summary>
    public static IReadOnlyList<NaturalLanguage> Read { get; } =
    [
        NaturalLanguage.English, NaturalLanguage.German, NaturalLanguage.French, NaturalLanguage.Spanish,
        NaturalLanguage.Portuguese, NaturalLanguage.Italian, NaturalLanguage.Dutch,
    ];

    public static bool IsRead(this NaturalLanguage language) => language is > NaturalLanguage.Unknown and < NaturalLanguage.Unsupported;

    /// <summary>ISO 639-1 code: the folder of the language's lexicons.</summary>
    public static string Code(this NaturalLanguage language) => language switch
    {
        NaturalLanguage.English => "en",
        NaturalLanguage.German => "de",
        NaturalLanguage.French => "fr",
        NaturalLanguage.Spanish => "es",
        NaturalLanguage.Portuguese => "pt",
        NaturalLanguage.Italian => "it",
        NaturalLanguage.Dutch => "nl",
        NaturalLanguage.Unsupported => "other",
        _ => "und",
    };

    public static string DisplayName(this NaturalLanguage language) => language switch
    {
        NaturalLanguage.Unknown => "an undetermined language",
        NaturalLanguage.Unsupported => "a language the rules do not read",
        _ => language.ToString(),
    };
}
