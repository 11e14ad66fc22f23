using CanvasLang.Syntax;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Completion;

/// <summary>Where the cursor is, as far as completion cares: which block, which entry, what came just before.</summary>
internal sealed class CompletionContext
{
    private static readonly HashSet<string> ReferenceKeywords =
        [.. LanguageTable.EntryAttributes.Concat(LanguageTable.AllFields()).Where(a => a.IsReference).Select(a => a.Keyword)];

    // Keywords followed by one value that is not a text: completion offers that value, not keywords.
    private static readonly HashSet<string> ValueKeywords =
        [.. LanguageTable.EntryAttributes.Concat(LanguageTable.AllFields())
            .Where(a => a.Value is ValueKind.Word or ValueKind.Number or ValueKind.Date).Select(a => a.Keyword)];

    // After these a declaration keyword is a name (`test profile`, `for learning`), not a new declaration.
    private static readonly HashSet<string> NameBefore =
        [.. LanguageTable.Declarations.Where(d => d.Named).Select(d => d.Keyword), .. LanguageTable.Declarations.SelectMany(d => d.Connectives).Where(c => c != "aka")];

    /// <summary>The keyword of the block's declaration (profile, valuemap, test, persona, swot, metrics…); null at the top level.</summary>
    public string? Block { get; private set; }

    /// <summary>The block's segment (profile/valuemap) or name.</summary>
    public string? BlockName { get; private set; }

    /// <summary>Tokens of the entry or field the cursor is in, up to the word being typed.</summary>
    public List<ScanToken> Entry { get; } = [];

    /// <summary>The word just before the word being typed (commas skipped when in a reference list).</summary>
    public string? Previous { get; private set; }

    /// <summary>serves/relieves/creates/segments/propositions when the cursor is in a reference list.</summary>
    public string? ReferenceKeyword { get; private set; }

    /// <summary>True when only whitespace precedes the word being typed on its line.</summary>
    public bool AtLineStart { get; init; }

    /// <summary>Words of the block already used as field keywords (tests and learning cards).</summary>
    public HashSet<string> UsedFields { get; } = new(StringComparer.Ordinal);

    public static CompletionContext Read(List<ScanToken> tokens, bool atLineStart)
    {
        var context = new CompletionContext { AtLineStart = atLineStart };
        var depth = 0;
        string? header = null;
        string? headerName = null;
        foreach (var (token, i) in tokens.Select((t, i) => (t, i)))
        {
            switch (token.Kind)
            {
                case ScanKind.OpenBrace:
                    depth++;
                    if (depth == 1)
                    {
                        context.Block = header;
                        context.BlockName = headerName;
                        context.Entry.Clear();
                        context.UsedFields.Clear();
                    }

                    continue;
                case ScanKind.CloseBrace:
                    depth = Math.Max(0, depth - 1);
                    if (depth == 0)
                    {
                        context.Block = null;
                        header = null;
                        context.Entry.Clear();
                    }

                    continue;
                case ScanKind.Word when depth == 0 && SyntaxFacts.DeclarationKeywords.Contains(token.Text) && !(i > 0 && tokens[i - 1] is { Kind: ScanKind.Word } p && NameBefore.Contains(p.Text)):
                    header = token.Text;
                    headerName = i + 1 < tokens.Count && tokens[i + 1].Kind == ScanKind.Word ? tokens[i + 1].Text : null;
                    context.Entry.Clear();
                    context.Entry.Add(token);
                    continue;
                case ScanKind.Word when depth == 1 && context.StartsEntry(tokens, i):
                    context.Entry.Clear();
                    if (context.Block is not ("profile" or "valuemap" or "swot" or "metrics"))
                    {
                        context.UsedFields.Add(token.Text);
                    }

                    break;
            }

            context.Entry.Add(token);
        }

        if (depth == 0)
        {
            context.Block = null;
        }

        context.ReadTail();
        return context;
    }

    /// <summary>The entry's kind keyword (job, pain, product…, a SWOT item's: strength…, or `metric`), if it has been typed.</summary>
    public string? EntryKeyword => Entry.FirstOrDefault(t => t.Kind == ScanKind.Word && EntryKeywords.Contains(t.Text)).Text;

    public bool EntryHasText => Entry.Any(t => t.Kind == ScanKind.String);

    public IEnumerable<string> ReferencedInEntry =>
        Entry.SkipWhile(t => !ReferenceKeywords.Contains(t.Text)).Where(t => t.Kind == ScanKind.Word && !ReferenceKeywords.Contains(t.Text)).Select(t => t.Text);

    public static readonly string[] EntryKeywords = [.. SyntaxFacts.ProfileEntryKeywords, .. SyntaxFacts.ValueMapEntryKeywords, .. SyntaxFacts.SwotItemKeywords, .. SyntaxFacts.MetricItemKeywords];

    // Read for every word of a block being scanned: arrays made once, not per word.
    private static readonly string[] ProfileQualifiers = [.. SyntaxFacts.JobKinds, .. SyntaxFacts.PainKinds, .. SyntaxFacts.GainLevels];

    public IReadOnlyList<string> Qualifiers => Block switch
    {
        "profile" => ProfileQualifiers,
        "valuemap" => SyntaxFacts.OfferKinds,
        _ => [],
    };

    public IReadOnlyList<string> Starters => Block switch
    {
        "profile" => SyntaxFacts.ProfileEntryKeywords,
        "valuemap" => SyntaxFacts.ValueMapEntryKeywords,
        "swot" => SyntaxFacts.SwotItemKeywords,
        "metrics" => SyntaxFacts.MetricItemKeywords,
        _ => FieldsOf(Block),
    };

    /// <summary>The fields of the block a declaration keyword opens (from the language table); none for others.</summary>
    public static IReadOnlyList<string> FieldsOf(string? block) =>
        block is not null && LanguageTable.Declaration(block)?.Block is { } kind ? FieldKeywords[kind] : [];

    private static readonly Dictionary<BlockKind, string[]> FieldKeywords =
        Enum.GetValues<BlockKind>().ToDictionary(b => b, b => LanguageTable.Fields(b).Select(f => f.Keyword).ToArray());

    private bool StartsEntry(List<ScanToken> tokens, int i)
    {
        var word = tokens[i].Text;
        if (!Qualifiers.Contains(word) && !Starters.Contains(word))
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        var previous = tokens[i - 1];
        if (previous.Kind is ScanKind.OpenBrace or ScanKind.String)
        {
            return true;
        }

        if (previous.Kind == ScanKind.Comma || ReferenceKeywords.Contains(previous.Text) || ValueKeywords.Contains(previous.Text))
        {
            return false;
        }

        // `job job "…"` names a job `job`: a word after a qualifier or entry keyword is its id, not a new entry.
        return !Qualifiers.Contains(previous.Text) && !EntryKeywords.Contains(previous.Text);
    }

    private void ReadTail()
    {
        var words = Entry;
        if (words.Count == 0)
        {
            return;
        }

        var j = words.Count - 1;
        Previous = words[j].Kind == ScanKind.Word ? words[j].Text : null;
        if (words[j].Kind == ScanKind.Comma)
        {
            j--;
        }
        else if (words[j].Kind == ScanKind.Word && ReferenceKeywords.Contains(words[j].Text))
        {
            ReferenceKeyword = words[j].Text;
            return;
        }
        else
        {
            return;
        }

        while (j >= 1 && words[j].Kind == ScanKind.Word && words[j - 1].Kind == ScanKind.Comma)
        {
            j -= 2;
        }

        if (j >= 1 && words[j].Kind == ScanKind.Word && ReferenceKeywords.Contains(words[j - 1].Text))
        {
            ReferenceKeyword = words[j - 1].Text;
        }
    }
}
