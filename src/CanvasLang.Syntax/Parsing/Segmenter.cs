using Antlr4.Runtime;
using static CanvasLang.Syntax.Generated.CanvasParser;

namespace CanvasLang.Syntax.Parsing;

/// <summary>What starts a segment: the file's start or a declaration keyword (<see cref="Top"/>), or an entry keyword in a block's body (<see cref="Entry"/>).</summary>
internal enum SegmentKind : byte
{
    Top,
    Entry,
}

/// <summary>
/// Cuts a file's tokens into segments that are parsed one by one, each alone: this is how the parser
/// recovers from an error (no mistake reaches past its segment), and why an edit costs only the
/// segments it touches (<see cref="IncrementalParser"/>).
/// <para>
/// A segment starts at a token that begins a line (a line break lies between it and the token before)
/// when it is
/// </para>
/// <list type="bullet">
/// <item>a declaration keyword (<c>title</c> … <c>businessmodel</c>), or</item>
/// <item>an entry keyword (<c>job</c>, <c>risk</c>, <c>reliever</c>, <c>digital</c>…) inside the body of a
/// profile or value map whose header (<c>profile name {</c>) is complete, before any other brace,</item>
/// </list>
/// <para>
/// unless the token before it is one a name may follow (keywords are names too: <c>segment\nprofile</c>
/// declares a segment named <c>profile</c>), or, for an entry keyword, an entry's kind (<c>functional\njob</c>).
/// The two keyword sets are disjoint and each occurs in the grammar only where its declaration or entry
/// begins, or as a name (tests check this on the grammar's ATN), so in a file without errors every
/// segment is a whole declaration or entry (or a block's opening and closing) and the parse is the
/// one a single pass over the file gives.
/// </para>
/// </summary>
internal sealed class Segmenter
{
    // Read from the language table, so a new declaration starts segments as soon as it is a row there.
    private static readonly bool[] DeclarationStarts = Set([.. LanguageTable.Declarations.Select(d => TokenType(d.Keyword))]);

    internal static readonly int[] Qualifiers =
        [FUNCTIONAL, SOCIAL, EMOTIONAL, PERSONAL, UNDESIRED, OBSTACLE, RISK, REQUIRED, EXPECTED, DESIRED, UNEXPECTED, PHYSICAL, DIGITAL, INTANGIBLE, FINANCIAL];

    private static readonly bool[] EntryStarts = Set([JOB, PAIN, GAIN, PRODUCT, SERVICE, RELIEVER, CREATOR, .. Qualifiers]);

    /// <summary>The tokens a name can follow in the grammar.</summary>
    internal static readonly int[] BeforeName =
    [
        SEGMENT, PROFILE, VALUEMAP, STATEMENT, TEST, FOR, LEARNING, FROM, CUSTOMER, BUSINESSMODEL,
        JOB, PAIN, GAIN, PRODUCT, SERVICE, RELIEVER, CREATOR, SERVES, RELIEVES, CREATES, SEGMENTS, PROPOSITIONS, COMMA,
        PERSONA, BASEDON, INTERVIEW, HEARD, ASSUMPTION, TESTS, POSITIONING, EMPATHYMAP, FIT,
        SWOT, STRENGTH, WEAKNESS, OPPORTUNITY, THREAT, ACTION, PAIRS,
        METRICS, METRIC, TRACKS,
    ];

    private static readonly bool[] NameFollows = Set(BeforeName);
    private static readonly bool[] QualifierBefore = Set(Qualifiers);
    private static readonly bool[] Nameable = FirstOfName();

    private readonly string text;
    private Header header;
    private int previousType;
    private int previousEnd;

    private enum Header : byte
    {
        /// <summary>At a declaration's start: the next token says whether it opens a block.</summary>
        Start,
        AfterKeyword,
        AfterName,

        /// <summary>In a profile's or value map's body, before any other brace: entries start segments.</summary>
        Body,
        None,
    }

    /// <summary>A segmenter at the start of a segment of <paramref name="kind"/> (in a value map's body when <paramref name="valueMap"/>).</summary>
    public Segmenter(string text, SegmentKind kind, bool valueMap)
    {
        this.text = text;
        header = kind == SegmentKind.Top ? Header.Start : Header.Body;
        ValueMap = valueMap;
    }

    public static IReadOnlyList<int> DeclarationKeywords => Members(DeclarationStarts);

    public static IReadOnlyList<int> EntryKeywords => Members(EntryStarts);

    /// <summary>In a value map (else a profile), when the body of a block is being read.</summary>
    public bool ValueMap { get; private set; }

    /// <summary>The kind of segment <paramref name="token"/> starts, or null when it continues the current one.</summary>
    public SegmentKind? StartedBy(IToken token)
    {
        var type = token.Type;
        if (type < 0 || type >= DeclarationStarts.Length || previousType == 0 || !LineBreakBefore(token.StartIndex))
        {
            return null;
        }

        if (DeclarationStarts[type] && !NameFollows[previousType])
        {
            return SegmentKind.Top;
        }

        return header == Header.Body && EntryStarts[type] && !NameFollows[previousType] && !QualifierBefore[previousType]
            ? SegmentKind.Entry
            : null;
    }

    /// <summary>
    /// Moves past <paramref name="token"/>, which starts a segment of <paramref name="started"/> kind or
    /// (null) continues the current one. A segment's first token is always passed with its kind.
    /// </summary>
    public void Advance(IToken token, SegmentKind? started)
    {
        var type = token.Type;
        if (started == SegmentKind.Top)
        {
            header = Header.Start;
        }

        header = header switch
        {
            Header.Start when type is PROFILE or VALUEMAP => Header.AfterKeyword,
            Header.AfterKeyword when type >= 0 && type < Nameable.Length && Nameable[type] => Header.AfterName,
            Header.AfterName when type == LBRACE => Header.Body,
            Header.Body when type is not (LBRACE or RBRACE) => Header.Body,
            _ => Header.None,
        };
        if (started == SegmentKind.Top)
        {
            ValueMap = type == VALUEMAP;
        }

        previousType = type;
        previousEnd = token.StopIndex + 1;
    }

    private bool LineBreakBefore(int start)
    {
        for (var i = previousEnd; i < start; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] Set(params int[] types)
    {
        var set = new bool[STRAY + 1];
        foreach (var type in types)
        {
            set[type] = true;
        }

        return set;
    }

    /// <summary>The lexer's token type of a keyword of the table.</summary>
    private static int TokenType(string keyword) =>
        Enumerable.Range(1, STRAY).First(t => DefaultVocabulary.GetLiteralName(t) == $"'{keyword}'");

    private static int[] Members(bool[] set) => [.. Enumerable.Range(0, set.Length).Where(t => set[t])];

    /// <summary>The tokens a name can be: an identifier or any keyword (the grammar's FIRST(name)).</summary>
    private static bool[] FirstOfName()
    {
        var atn = _ATN;
        return Set([.. atn.NextTokens(atn.ruleToStartState[RULE_name]).ToList()]);
    }
}
