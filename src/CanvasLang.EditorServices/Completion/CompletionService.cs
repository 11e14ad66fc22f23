using CanvasLang.EditorServices.Documentation;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Completion;

/// <summary>Completion that knows where the cursor is: declarations, entry keywords, attribute values, references, names.</summary>
public static class CompletionService
{
    // The words offered after an attribute or field that takes one of a set (levels, roles, statuses).
    private static readonly Dictionary<string, string[]> LevelWords =
        LanguageTable.EntryAttributes.Concat(LanguageTable.AllFields())
            .Where(a => a.Value is ValueKind.Word or ValueKind.WordAndText)
            .DistinctBy(a => a.Keyword)
            .ToDictionary(a => a.Keyword, a => a.Words.ToArray(), StringComparer.Ordinal);

    /// <summary>How many proposals one answer carries at most; more make the answer incomplete.</summary>
    public const int MaxItems = 100;

    /// <summary>
    /// The proposals at <paramref name="offset"/> that match the word typed before it (the editor asks
    /// again while the answer is incomplete), without their documentation (<see cref="CompletionDocumentation"/>).
    /// </summary>
    public static CompletionResult Complete(DocumentAnalysis analysis, int offset, int maxItems = MaxItems)
    {
        var tree = analysis.Snapshot.Tree;
        var text = tree.Text.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        var (wordStart, _) = TokenScanner.WordAt(text, offset);
        var declaration = TokenScanner.DeclarationAt(tree, wordStart);

        // One scan serves both questions: is the cursor in a string or comment, and what precedes the word.
        var scanned = TokenScanner.ScanBefore(tree, declaration, offset);
        if (tree.IsForeignFormat || TokenScanner.InStringOrComment(tree, offset, scanned))
        {
            return CompletionResult.Empty;
        }

        var replace = TextSpan.FromBounds(wordStart, offset);
        var typed = text[wordStart..offset];
        var tokens = scanned.Where(t => t.Kind != ScanKind.Comment && t.Start < wordStart).ToList();
        var lineStart = tree.Text.LineStart(tree.Text.LineOf(wordStart));
        var atLineStart = string.IsNullOrWhiteSpace(text[lineStart..wordStart]);
        var context = CompletionContext.Read(tokens, atLineStart);
        var model = analysis.Result.Model;
        if (context.ReferenceKeyword == "pairs")
        {
            return CompletionFilter.Keep(PairableItems(context, model, replace), typed, maxItems);
        }

        if (context.ReferenceKeyword is { } reference && LanguageTable.Attribute(reference) is { IsEntryLink: true })
        {
            return ReferenceCompletion.Complete(context, model, context.ReferenceKeyword, replace, typed, maxItems);
        }

        return CompletionFilter.Keep(Items(context, model, replace), typed, maxItems);
    }

    private static IEnumerable<CompletionItem> Items(CompletionContext context, SemanticModel model, TextSpan replace)
    {
        if (context.ReferenceKeyword is { } list)
        {
            return (list, context.Block) switch
            {
                ("heard", "interview") => LevelWords["heard"].Select((v, i) => Keyword(v, replace, CompletionKind.Value, $"{i}")),
                ("heard", _) => InterviewNames(model, replace),
                ("basedon", "fit") => TestNames(model, replace).Concat(LearningNames(model, replace)).Concat(InterviewNames(model, replace)),
                ("basedon", _) => InterviewNames(model, replace).Concat(TestNames(model, replace)),
                ("tests", _) => AssumptionNames(model, replace),
                ("tracks", _) => Trackable(context, model, replace),
                _ => SegmentNames(model, replace, null),
            };
        }

        if (context.Previous is { } previous && LevelWords.TryGetValue(previous, out var values) && !(context.Block is null && previous == "status"))
        {
            return values.Select((v, i) => Keyword(v, replace, CompletionKind.Value, $"{i}"));
        }

        if (context.Previous is { } before && LanguageTable.EntryAttributes.Concat(LanguageTable.AllFields())
                .Any(a => a.Keyword == before && a.Value is ValueKind.Number or ValueKind.Date)
            || (context.Previous is "target" && context.Block == "metrics"))
        {
            return [];
        }

        return context.Block switch
        {
            null => TopLevel(context, model, replace),
            "profile" or "valuemap" or "swot" or "metrics" => EntryWords(context, replace),
            _ => context.Starters.Where(f => !context.UsedFields.Contains(f) || Repeats(context.Block, f)).Select(f => Keyword(f, replace)),
        };
    }

    private static IEnumerable<CompletionItem> TopLevel(CompletionContext context, SemanticModel model, TextSpan replace)
    {
        var header = context.Entry.FirstOrDefault().Text;
        switch (context.Previous)
        {
            case "fit" when context.Entry.Count == 1:
                return SegmentNames(model, replace, null);
            case "profile" or "valuemap" or "statement" when context.Entry.Count == 1:
                return SegmentNames(model, replace, context.Previous);
            case "for" when header == "empathymap":
                return PersonaNames(model, replace).Concat(SegmentNames(model, replace, null));
            case "for" when LanguageTable.Declaration(header ?? string.Empty)?.Connectives.Contains("for") == true:
                return SegmentNames(model, replace, null);
            case "customer" when header == "purpose":
                return SegmentNames(model, replace, null);
            case "from" when header == "learning":
                return TestNames(model, replace);
            case "purpose" when context.Entry.Count == 1:
                return new[] { "company", "brand", "customer" }.Select(w => Keyword(w, replace));
        }

        // `test t |`, `persona p |`, `learning l |`: the word that joins the name to what it belongs to.
        if (context.Entry.Count == 2 && LanguageTable.Declaration(header ?? string.Empty) is { Named: true, Block: not null, Connectives: [var connective, ..] })
        {
            return [Keyword(connective, replace)];
        }

        if (context.Entry.Count > 0 && context.Previous is { } p && SyntaxFacts.DeclarationKeywords.Contains(p))
        {
            // Right after a keyword that wants a name or a string: nothing sensible to propose.
            return [];
        }

        var keywords = SyntaxFacts.DeclarationKeywords.Select(k => Keyword(k, replace, sort: "1" + k));
        var snippets = Snippets.All.Select(s => new CompletionItem(s.Label, CompletionKind.Snippet, s.Body, replace)
        {
            Detail = s.Detail,
            IsSnippet = true,
            SortText = "2" + s.Label,
        });
        return keywords.Concat(snippets);
    }

    private static IEnumerable<CompletionItem> EntryWords(CompletionContext context, TextSpan replace)
    {
        var qualifier = context.Entry.Count == 1 && context.Qualifiers.Contains(context.Entry[0].Text) ? context.Entry[0].Text : null;
        if (qualifier is not null)
        {
            return KeywordsAfterQualifier(qualifier).Select(k => Keyword(k, replace));
        }

        if (context.Entry.Count == 0 || (context.AtLineStart && context.EntryHasText))
        {
            return context.Starters.Select(s => Keyword(s, replace, sort: "1" + s))
                .Concat(context.Qualifiers.Select(q => Keyword(q, replace, sort: "2" + q)));
        }

        if (!context.EntryHasText)
        {
            return [];
        }

        var attributes = context.EntryKeyword is { } entryKeyword && LanguageTable.Entry(entryKeyword) is { } spec ? spec.Attributes : [];
        var used = context.Entry.Where(t => t.Kind == ScanKind.Word).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        return attributes.Where(a => !used.Contains(a)).Select(a => Keyword(a, replace));
    }

    // Business models list several channels and revenue streams in one block; a persona's fields hold one item each and repeat.
    // Whether a field repeats is the block's own: a persona has goals, an empathy map one goal.
    private static bool Repeats(string? block, string field) =>
        field is "channels" or "revenue"
        || (block is not null && LanguageTable.Declaration(block)?.Block is { } kind && LanguageTable.Fields(kind).Any(f => f.Keyword == field && f.Repeats));

    /// <summary>After an action's `pairs`: the strengths, weaknesses, opportunities and threats of the same SWOT not named yet, in written order.</summary>
    private static IEnumerable<CompletionItem> PairableItems(CompletionContext context, SemanticModel model, TextSpan replace)
    {
        if (context.Block != "swot" || model.Swots.FirstOrDefault(s => s.Name == context.BlockName) is not { } swot)
        {
            return [];
        }

        var already = context.ReferencedInEntry.ToHashSet(StringComparer.Ordinal);
        return swot.Items.Where(i => !i.IsAction && i.Id is { } id && !already.Contains(id)).Select((i, position) => new CompletionItem(i.Id!, CompletionKind.SwotItem, i.Id!, replace)
        {
            Detail = i.Keyword + (i.IsInternal ? " · internal" : " · external") + (i.Priority is { } p ? $" · priority {p}" : string.Empty),
            Description = Entry.Shorten(i.Text, 60),
            FilterWords = i.Text,
            SortText = $"{position:D5}",
        });
    }

    /// <summary>After a metric's `tracks`: positioning statements, tests, segments and assumptions not named yet, in that order.</summary>
    private static IEnumerable<CompletionItem> Trackable(CompletionContext context, SemanticModel model, TextSpan replace)
    {
        var already = context.ReferencedInEntry.ToHashSet(StringComparer.Ordinal);
        return PositioningNames(model, replace).Concat(TestNames(model, replace)).Concat(SegmentNames(model, replace, null)).Concat(AssumptionNames(model, replace))
            .Where(i => !already.Contains(i.Label)).Select((i, position) => i with { SortText = $"{position:D5}" });
    }

    private static IEnumerable<CompletionItem> PositioningNames(SemanticModel model, TextSpan replace) =>
        model.Positionings.Select(p => new CompletionItem(p.Name, CompletionKind.Test, p.Name, replace)
        {
            Detail = "positioning statement" + (p.SegmentName is { } s ? $" for {s}" : string.Empty),
            Description = p.Text("benefit") ?? p.Text("need"),
        });

    private static IEnumerable<CompletionItem> AssumptionNames(SemanticModel model, TextSpan replace) =>
        model.Assumptions.Select(a => new CompletionItem(a.Name, CompletionKind.Test, a.Name, replace)
        {
            Detail = "assumption" + (a.Type is { } t ? $" · {t}" : string.Empty) + (a.Evidence is { } e ? $" · evidence {e}" : string.Empty),
            Description = a.Belief,
        });

    private static IEnumerable<CompletionItem> LearningNames(SemanticModel model, TextSpan replace) =>
        model.Learnings.Select(l => new CompletionItem(l.Name, CompletionKind.Test, l.Name, replace)
        {
            Detail = "learning card" + (l.TestName is { } t ? $" from {t}" : string.Empty),
            Description = l.Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == "decision")?.Text?.Value,
        });

    private static IEnumerable<CompletionItem> PersonaNames(SemanticModel model, TextSpan replace) =>
        model.Personas.Select(p => new CompletionItem(p.Name, CompletionKind.Test, p.Name, replace)
        {
            Detail = "persona" + (p.SegmentName is { } s ? $" of {s}" : string.Empty),
            Description = p.Texts("goal").FirstOrDefault(),
        });

    private static IEnumerable<CompletionItem> InterviewNames(SemanticModel model, TextSpan replace) =>
        model.Interviews.Select(i => new CompletionItem(i.Name, CompletionKind.Test, i.Name, replace)
        {
            Detail = "interview" + (i.Date is { } d ? $" · {d:yyyy-MM-dd}" : string.Empty),
            Description = i.Who,
        });

    private static IEnumerable<CompletionItem> TestNames(SemanticModel model, TextSpan replace) =>
        model.Tests.Select(t => new CompletionItem(t.Name, CompletionKind.Test, t.Name, replace)
        {
            Detail = "test card" + (t.Status is { } s ? $" · {s}" : string.Empty),
            Description = t.Field("hypothesis")?.Text?.Value,
        });

    private static string[] KeywordsAfterQualifier(string qualifier) =>
        [.. LanguageTable.Entries.Where(e => e.Qualifiers.Contains(qualifier)).Select(e => e.Keyword)];

    private static IEnumerable<CompletionItem> SegmentNames(SemanticModel model, TextSpan replace, string? block)
    {
        return model.Segments.Values.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s =>
        {
            // A segment that already has this kind of block is the less likely choice.
            var taken = block switch
            {
                "profile" => model.ProfileOf(s.Name) is not null,
                "valuemap" => model.ValueMapOf(s.Name) is not null,
                _ => false,
            };
            return new CompletionItem(s.Name, CompletionKind.Segment, s.Name, replace)
            {
                Detail = "segment" + (taken ? $" · already has {Article.With(block == "profile" ? "profile" : "value map")}" : string.Empty),
                Description = s.Description is { } d ? Entry.Shorten(d, 60) : null,
                SortText = (taken ? "1" : "0") + s.Name,
            };
        });
    }

    private static CompletionItem Keyword(string word, TextSpan replace, CompletionKind kind = CompletionKind.Keyword, string? sort = null) =>
        new(word, kind, word, replace)
        {
            DocumentationKey = CompletionDocumentation.TermKey(word),
            Detail = TermDocumentation.Summary(word) is { } summary ? Entry.Shorten(summary, 80) : null,
            SortText = sort,
        };
}
