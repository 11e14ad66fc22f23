namespace CanvasLang.Syntax.Text;

/// <summary>
/// The English indefinite article for a word put into a message ("an importance", "a severity"), so
/// templates never hard-code one. Decided by sound: the few words whose spelling misleads are listed.
/// </summary>
public static class Article
{
    // A vowel letter sounding like a consonant ("a user", "a one-off"), or a silent h ("an hour").
    private static readonly string[] ConsonantSound = ["one", "once", "uni", "use", "usu", "uti", "eu", "ewe", "ubiq", "ura"];
    private static readonly string[] VowelSound = ["hour", "honest", "honou", "heir"];

    /// <summary>"a" or "an", for <paramref name="word"/> (only its start is read).</summary>
    public static string For(string word)
    {
        var w = word.TrimStart('`', '\'', '"', '(').ToLowerInvariant();
        if (w.Length == 0)
        {
            return "a";
        }

        if (VowelSound.Any(p => w.StartsWith(p, StringComparison.Ordinal)))
        {
            return "an";
        }

        if (ConsonantSound.Any(p => w.StartsWith(p, StringComparison.Ordinal)))
        {
            return "a";
        }

        return "aeiou".Contains(w[0], StringComparison.Ordinal) ? "an" : "a";
    }

    /// <summary>The word with its article: "an importance".</summary>
    public static string With(string word) => $"{For(word)} {word}";
}
