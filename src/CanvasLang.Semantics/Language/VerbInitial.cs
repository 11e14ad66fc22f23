namespace CanvasLang.Semantics.Language;

/// <summary>
/// Whether a text opens with a verb in the imperative or infinitive ("Buy a coffee", "To pay by
/// card"): the shape of a task. Known task verbs count; so does an unknown word directly followed by
/// a determiner or possessive ("Reconcile the accounts"), which a noun rarely is.
/// </summary>
public static class VerbInitial
{
    public static bool StartsWithVerb(IReadOnlyList<Word> words)
    {
        var i = 0;
        if (i < words.Count && words[i].Text == "to")
        {
            i++;
        }

        if (i >= words.Count || words[i].Kind != WordKind.Word)
        {
            return false;
        }

        var first = words[i].Text;
        if (Lexicon.TaskVerbs.Contains(first) || Lexicon.OutcomeVerbs.Contains(first))
        {
            return true;
        }

        return i + 1 < words.Count && Lexicon.Determiners.Contains(words[i + 1].Text) && !Lexicon.Determiners.Contains(first)
            && !Lexicon.Stop.Contains(first) && !Morphology.IsGerund(first);
    }

    public static bool StartsWithVerb(string text) => StartsWithVerb(Tokenizer.Tokenize(text));

    /// <summary>True when the first word is an -ing form ("Waiting…", "Being healthier").</summary>
    public static bool StartsWithGerund(IReadOnlyList<Word> words) => words.Count > 0 && Morphology.IsGerund(words[0].Text);
}
