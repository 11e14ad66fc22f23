using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// The language a file is written in, from all its own texts (entries, purposes, statements, test
/// cards, interviews, learning cards, positioning statements, empathy maps, SWOT items, metrics): the context
/// that decides the language of a short text standing alone, like a purpose or a test's criteria. Read
/// once per model.
/// </summary>
internal static class FileLanguage
{
    private static readonly ModelMemo<Context> Memo = new();

    private sealed record Context(bool English, NaturalLanguage Language);

    /// <summary>The file's language: whether it is English as a body, and the language its texts decide.</summary>
    public static (bool English, NaturalLanguage Language) ContextOf(SemanticModel model)
    {
        var context = model.Remember(Memo, Read);
        return (context.English, context.Language);
    }

    /// <summary>The language of <paramref name="text"/> where it stands in the model's file.</summary>
    public static NaturalLanguage Of(SemanticModel model, string text)
    {
        var context = model.Remember(Memo, Read);
        return model.Readings.Of(text).LanguageIn(context.English, context.Language);
    }

    /// <summary>
    /// The read languages a text may be read in where it stands: the language the file gives it (a
    /// short text, "Excel", takes the canvas's language), then its own language when its words say
    /// another read language ("otras soluciones" in an English file). With <paramref name="anyWhenUndecided"/>,
    /// a text whose words are too few to tell and that nothing places in an unread language is tried
    /// in every read language: for readings that flag a text only when it matches a word list, so that
    /// trying a language the text is not in finds nothing.
    /// </summary>
    public static IReadOnlyList<NaturalLanguage> Candidates(SemanticModel model, string text, bool anyWhenUndecided)
    {
        var reading = model.Readings.Of(text);
        var candidates = new List<NaturalLanguage>(2);
        var where = Of(model, text);
        if (where.IsRead())
        {
            candidates.Add(where);
        }

        if (reading.OwnLanguage.IsRead() && !candidates.Contains(reading.OwnLanguage))
        {
            candidates.Add(reading.OwnLanguage);
        }

        if (anyWhenUndecided && reading.OwnLanguage == NaturalLanguage.Unknown && where != NaturalLanguage.Unsupported
            && reading.Evidence[NaturalLanguage.Unsupported] <= 0)
        {
            candidates.AddRange(NaturalLanguages.Read.Where(l => !candidates.Contains(l)));
        }

        return candidates;
    }

    /// <summary>The candidates as one number, to key a verdict remembered on a reading.</summary>
    public static int Key(IReadOnlyList<NaturalLanguage> languages) => languages.Aggregate(0, (key, l) => key | (1 << (int)l));

    private static Context Read(SemanticModel model)
    {
        var counts = default(LanguageCounts);
        var evidence = new LanguageEvidence.Builder();
        void Add(string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                var reading = model.Readings.Of(text);
                counts += reading.Counts;
                evidence.Add(reading.Evidence);
            }
        }

        foreach (var segment in model.Segments.Values)
        {
            if (model.IsOwnPath(segment.Location.Path))
            {
                Add(segment.Description);
            }
        }

        foreach (var entry in model.OwnEntries)
        {
            Add(entry.Text);
        }

        foreach (var purpose in model.OwnPurposes)
        {
            Add(purpose.Text);
        }

        foreach (var statement in model.OwnStatements)
        {
            Add(statement.Syntax.Text?.Value);
        }

        // The fields of test and learning cards, interviews, empathy maps and positioning statements are
        // the file's own words too: a file may hold little else (interviews, or a positioning that imports
        // its segment's canvas).
        IEnumerable<IEnumerable<Syntax.Tree.FieldSyntax>> cards =
        [
            .. model.OwnTests.Select(t => t.Syntax.Fields),
            .. model.OwnLearnings.Select(l => l.Syntax.Fields),
            .. model.OwnInterviews.Select(i => i.Syntax.Fields),
            .. model.OwnEmpathyMaps.Select(m => m.Syntax.Fields),
            .. model.OwnPositionings.Select(p => p.Syntax.Fields),
        ];
        foreach (var field in cards.SelectMany(fields => fields))
        {
            Add(field.Text?.Value);
        }

        foreach (var metric in model.OwnMetrics.SelectMany(m => m.Items))
        {
            Add(metric.Text);
        }

        foreach (var swot in model.OwnSwots)
        {
            foreach (var item in swot.Items)
            {
                Add(item.Text);
            }
        }

        var (english, language) = Decide(counts, evidence.ToEvidence());
        return new Context(english, language);
    }

    /// <summary>
    /// The language of a body of texts. A body decides with more evidence than one entry needs, and
    /// English function words ("do", "i") also occur in other languages: a body whose letters or
    /// words say another language is not English.
    /// </summary>
    public static (bool English, NaturalLanguage Language) Decide(LanguageCounts counts, LanguageEvidence evidence)
    {
        var decided = evidence.Decide(minimum: 2);
        return counts.IsEnglishBody && decided is NaturalLanguage.English or NaturalLanguage.Unknown
            ? (true, NaturalLanguage.English)
            : (false, decided);
    }
}
