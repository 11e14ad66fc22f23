using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Text;
using static CanvasLang.Syntax.Generated.CanvasParser;


namespace CanvasLang.Syntax.Parsing;

/// <summary>
/// Turns ANTLR's view of a syntax error (rule context, offending token, expected token set) into a
/// sentence a canvas writer understands. Wording lives here, apart from recovery, so it can grow
/// case by case with the catalog of broken inputs in the tests.
/// </summary>
internal static class SyntaxErrorWording
{
    private static readonly int[] AttributeKeywords =
        [SERVES, RELIEVES, CREATES, IMPORTANCE, SEVERITY, RELEVANCE, RANK, AS];

    private static readonly int[] ProfileEntryStarts =
        [JOB, PAIN, GAIN, FUNCTIONAL, SOCIAL, EMOTIONAL, PERSONAL, UNDESIRED, OBSTACLE, RISK, REQUIRED, EXPECTED, DESIRED, UNEXPECTED];

    private static readonly int[] ValueEntryStarts =
        [PRODUCT, SERVICE, RELIEVER, CREATOR, PHYSICAL, DIGITAL, INTANGIBLE, FINANCIAL];

    private const string DeclarationList =
        "title, import, segment, profile, valuemap, statement, test, learning, purpose or businessmodel";

    /// <summary>
    /// The message for an error at <paramref name="offending"/>. When a block read in segments misses its
    /// closing brace, the block's name is not in the segment: the message leaves it out and
    /// <paramref name="blockNameAt"/> says where it goes (-1 otherwise).
    /// </summary>
    public static string Explain(Parser parser, ParserRuleContext context, IToken offending, IntervalSet expected, out int blockNameAt)
    {
        blockNameAt = -1;
        var found = Describe(offending);
        var before = TextBefore(parser, context, offending);
        if (FindAttribute(context) is { } inAttribute)
        {
            return ExplainAttribute(inAttribute, offending, found);
        }

        // A missing name is reported inside the name rule: explain it from the construct around it.
        while (context is NameContext or KeywordContext or RefsContext && context.Parent is ParserRuleContext parent)
        {
            context = parent;
        }

        switch (context)
        {
            case JobContext or PainContext or GainContext or OfferContext
                when !expected.Contains(STRING) && (expected.Contains(JOB) || expected.Contains(PAIN) || expected.Contains(GAIN) || expected.Contains(PRODUCT)):
                var keyword = context switch { JobContext => "`job`", PainContext => "`pain`", GainContext => "`gain`", _ => "`product` or `service`" };
                return $"expected {keyword} after `{before}`, as in `{before} {keyword.Split(' ')[0].Trim('`')} \"…\"`; found {found}";

            case JobContext or PainContext or GainContext or OfferContext or RelieverContext or CreatorContext
                when expected.Contains(STRING):
                if (AttributeKeywords.Contains(offending.Type))
                {
                    return $"`{offending.Text}` goes after the entry's text: write `{before} \"…\" {offending.Text} …`";
                }

                return $"expected a quoted description after `{before}`, found {found}";

            case ProfileEntryContext or ValueEntryContext:
                return ExplainBlockBody((ParserRuleContext)context.Parent, offending, found, out blockNameAt);

            case ProfileContext or ValuemapContext or ProfileCloseContext or ValuemapCloseContext when expected.Contains(RBRACE):
                return ExplainBlockBody(context, offending, found, out blockNameAt);

            // A block read in segments: its opening and runs of entries end where the next entry starts.
            case ProfileOpenContext or ValuemapOpenContext or ProfileEntriesContext or ValueEntriesContext:
                return ExplainBlockBody(context, offending, found, out blockNameAt);

            case ProfileContext or ValuemapContext or StatementContext or TestContext or LearningContext
                or BusinessmodelContext or SegmentContext or PurposeContext
                when expected.Contains(ID) && !expected.Contains(STRING):
                return $"expected {NameKindAfter(context, before)} after `{before}`, found {found}";

            case LearningContext when expected.Contains(FROM):
                return $"expected `from` and the name of a test after `{before}`, found {found}";

            case ProfileContext or ValuemapContext or TestContext or LearningContext or BusinessmodelContext
                when expected.Contains(LBRACE):
                return context is LearningContext && expected.Contains(FROM)
                    ? $"expected `from` and the name of the test after `{before}`, found {found}"
                    : $"expected `{{` after `{before}`, found {found}";

            case TestContext when expected.Contains(RBRACE):
                return offending.Type == TokenConstants.EOF
                    ? $"the test card `{NameOf(context)}` is missing its closing `}}`"
                    : $"{Capital(found)} is not a field of a test card: expected {Listed(LanguageTable.TestFields.Select(f => f.Keyword).Append("`}`"))}";

            case TestFieldContext field:
                return ExplainField(field, found);

            case TestStatusContext:
                return $"expected a status after `status`: {Listed(Field("status").Words)}; found {found}";

            case LearningContext when expected.Contains(RBRACE):
                return offending.Type == TokenConstants.EOF
                    ? $"the learning card `{NameOf(context)}` is missing its closing `}}`"
                    : $"{Capital(found)} is not a field of a learning card: expected {Listed(LanguageTable.LearningFields.Select(f => f.Keyword).Append("`}`"))}";

            case LearningFieldContext learningField:
                return learningField.DATE_KW() is not null
                    ? $"expected a date such as 2026-12-15 after `date`, found {found}"
                    : $"expected a quoted text after `{learningField.Start.Text}`, found {found}";

            case BusinessmodelContext when expected.Contains(RBRACE):
                return offending.Type == TokenConstants.EOF
                    ? $"the business model `{NameOf(context)}` is missing its closing `}}`"
                    : $"{Capital(found)} is not a business model block: expected {Listed(LanguageTable.BusinessModelBlocks.Select(f => f.Keyword).Append("`}`"))}";

            case BmBlockContext block:
                return block.SEGMENTS() is not null || block.PROPOSITIONS() is not null
                    ? $"expected segment names after `{block.Start.Text}`, found {found}"
                    : $"expected a quoted text after `{before}`, found {found}";

            case PurposeContext when expected.Contains(COMPANY):
                return $"expected `company`, `brand` or `customer <segment>` after `purpose`, found {found}";

            case SegmentContext when expected.Contains(STRING) && (before.EndsWith(',') || before.EndsWith("aka", StringComparison.Ordinal)):
                return $"expected a quoted alias after `{(before.EndsWith(',') ? "," : "aka")}`, found {found}";

            case TitleContext or ImportDeclContext or StatementContext or PurposeContext or SegmentContext
                when expected.Contains(STRING):
                return $"expected {QuotedThing(context)} after `{before}`, found {found}";

            case FileContext or DeclarationContext or ProfileCloseContext or ValuemapCloseContext:
                return ExplainTopLevel(offending, found);
        }

        return $"unexpected {Unexpected(offending)}; expected {HumanList(parser, expected)}";
    }

    private static string ExplainTopLevel(IToken offending, string found) => offending.Type switch
    {
        RBRACE => "unexpected `}`: there is no open block here to close",
        LBRACE => "unexpected `{`: a block starts with a keyword and a name, such as `profile commuters {`",
        STRING => $"unexpected {Unexpected(offending)}: quoted text belongs to a declaration or an entry; did you forget a keyword such as `pain`?",
        _ when ProfileEntryStarts.Contains(offending.Type) =>
            $"`{offending.Text}` entries belong inside `profile <segment> {{ … }}`",
        _ when ValueEntryStarts.Contains(offending.Type) =>
            $"`{offending.Text}` entries belong inside `valuemap <segment> {{ … }}`",
        _ => $"{Capital(found)} does not start a declaration: expected {DeclarationList}",
    };

    private static string ExplainBlockBody(ParserRuleContext block, IToken offending, string found, out int blockNameAt)
    {
        blockNameAt = -1;
        var isProfile = block is ProfileContext or ProfileOpenContext or ProfileEntriesContext or ProfileCloseContext;
        var what = isProfile ? "profile" : "value map";
        if (offending.Type == TokenConstants.EOF)
        {
            if (block is ProfileCloseContext or ValuemapCloseContext)
            {
                var before = $"the {what} `";
                blockNameAt = before.Length;
                return before + "` is missing its closing `}`";
            }

            return $"the {what} `{NameOf(block)}` is missing its closing `}}`";
        }

        if (isProfile && ValueEntryStarts.Contains(offending.Type))
        {
            return $"`{offending.Text}` belongs in a value map, not in a profile";
        }

        if (!isProfile && ProfileEntryStarts.Contains(offending.Type))
        {
            return $"`{offending.Text}` belongs in a profile, not in a value map";
        }

        if (offending.Type == STRING)
        {
            return $"unexpected {Unexpected(offending)}: an entry has one quoted description; start the next entry with a keyword";
        }

        if (AttributeKeywords.Contains(offending.Type))
        {
            return $"`{offending.Text}` is not allowed here: attributes follow an entry's text on the same entry";
        }

        return isProfile
            ? $"{Capital(found)} cannot start a profile entry: expected job, pain or gain (optionally with a kind, as in `functional job`, `risk pain`, `required gain`), or `}}`"
            : $"{Capital(found)} cannot start a value map entry: expected product, service, reliever or creator (optionally with a kind, as in `digital product`), or `}}`";
    }

    private static string ExplainAttribute(AttributeContext attribute, IToken offending, string found)
    {
        var keyword = attribute.Start.Text;
        switch (attribute.Start.Type)
        {
            case IMPORTANCE or SEVERITY or RELEVANCE:
                var words = LevelWords.For(keyword);
                var suggestion = offending.Type == ID ? LevelWords.Closest(offending.Text, words) : null;
                return $"expected a level after `{keyword}`: {string.Join(", ", words[..^1])} or {words[^1]}; found {found}"
                    + (suggestion is null ? string.Empty : $" (did you mean `{suggestion}`?)");
            case AS:
                return $"expected a role after `as`: {Listed(LanguageTable.Attribute("as")!.Words)}; found {found}";
            case RANK:
                return $"expected a whole number after `rank`, found {found}";
            default:
                var kind = attribute.Start.Type switch { SERVES => "job", RELIEVES => "pain", _ => "gain" };
                return offending.Type == STRING
                    ? $"`{keyword}` goes after the entry's text, followed by {kind} names"
                    : $"expected the name of {Article.With(kind)} after `{keyword}`, found {found}";
        }
    }

    private static string ExplainField(TestFieldContext field, string found) => field.Start.Type switch
    {
        DUE => $"expected a date such as 2026-12-15 after `due`, found {found}",
        STATUS => $"expected a status after `status`: {Listed(Field("status").Words)}; found {found}",
        PRIORITY => $"expected a whole number after `priority`, found {found}",
        RELIABILITY => $"expected a level after `reliability`: {Listed(Field("reliability").Words)}; found {found}",
        _ => $"expected a quoted text after `{field.Start.Text}`, found {found}",
    };

    private static AttributeContext? FindAttribute(RuleContext context)
    {
        for (var c = context; c is not null; c = c.Parent)
        {
            if (c is AttributeContext a)
            {
                return a;
            }

            if (c is not (LevelContext or RoleContext or RefsContext or NameContext or KeywordContext))
            {
                return null;
            }
        }

        return null;
    }

    private static string NameKindAfter(ParserRuleContext context, string before) => context switch
    {
        TestContext when before.EndsWith(" for", StringComparison.Ordinal) => "a segment name",
        TestContext => "a name for the test card",
        LearningContext when before.EndsWith(" from", StringComparison.Ordinal) => "the name of a test",
        LearningContext => "a name for the learning card",
        BusinessmodelContext => "a name for the business model",
        _ => "a segment name",
    };

    private static string QuotedThing(ParserRuleContext context) => context switch
    {
        TitleContext => "the quoted title",
        ImportDeclContext => "a quoted file path",
        StatementContext => "the quoted statement",
        PurposeContext => "the quoted purpose",
        _ => "a quoted description",
    };

    private static string NameOf(ParserRuleContext block)
    {
        var name = block.GetChild<NameContext>(0);
        return name?.GetText() ?? "…";
    }

    /// <summary>The words of the current construct up to the error, so messages can quote what the user wrote.</summary>
    private static string TextBefore(Parser parser, ParserRuleContext context, IToken offending)
    {
        var outer = context;
        while (outer is NameContext or KeywordContext or LevelContext or RoleContext or RefsContext or JobKindContext
               or PainKindContext or GainLevelContext or OfferKindContext or TestStatusContext)
        {
            outer = (ParserRuleContext)outer.Parent;
        }

        var stream = (ITokenStream)parser.InputStream;
        var words = new List<string>();
        var end = offending.TokenIndex > 0 ? offending.TokenIndex - 1 : stream.Index - 1;
        for (var i = outer.Start.TokenIndex; i >= 0 && i <= end && words.Count < 12; i++)
        {
            var token = stream.Get(i);
            if (token.Channel == TokenConstants.DefaultChannel && token.Type != TokenConstants.EOF)
            {
                words.Add(token.Type == STRING ? Shorten(token.Text) : token.Text);
            }
        }

        return words.Count == 0 ? outer.Start.Text : string.Join(" ", words).Replace(" ,", ",", StringComparison.Ordinal);
    }

    internal static string Describe(IToken token) => token.Type switch
    {
        TokenConstants.EOF when token is SegmentEnd { Next: { } next } => Describe(next),
        TokenConstants.EOF => "the end of the file",
        STRING => $"the text {Shorten(token.Text)}",
        INT => $"the number `{token.Text}`",
        DATE => $"the date `{token.Text}`",
        _ => $"`{Shorten(token.Text)}`",
    };

    private static string Unexpected(IToken token) => token.Type switch
    {
        TokenConstants.EOF when token is SegmentEnd { Next: { } next } => Unexpected(next),
        TokenConstants.EOF => "end of file",
        STRING => $"text {Shorten(token.Text)}",
        _ => Describe(token),
    };

    private static string HumanList(Parser parser, IntervalSet expected)
    {
        var names = expected.ToList()
            .Select(t => t switch
            {
                TokenConstants.EOF => "the end of the file",
                STRING => "a quoted text",
                ID => "a name",
                INT => "a whole number",
                DATE => "a date (YYYY-MM-DD)",
                _ => parser.Vocabulary.GetLiteralName(t)?.Replace('\'', '`') ?? parser.Vocabulary.GetDisplayName(t),
            })
            .Distinct()
            .Take(12)
            .ToList();
        return names.Count switch
        {
            0 => "something else",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1],
        };
    }

    // "a, b or c".
    private static string Listed(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1];
    }

    private static AttributeSpec Field(string keyword) => LanguageTable.TestFields.First(f => f.Keyword == keyword);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
