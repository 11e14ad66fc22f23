using System.Collections;
using System.Reflection;
using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using CanvasLang.Syntax.Generated;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;
using static CanvasLang.Syntax.Generated.CanvasParser;

namespace CanvasLang.Syntax.Tests;

/// <summary>
/// The parser reads a file in segments (declarations, and entries of blocks, that start lines). That
/// must change nothing for a file without errors: checked on the grammar itself (which tokens can
/// precede a name, where declaration and entry keywords occur) and against a single pass of the
/// grammar over random valid canvases that put keywords as names at the start of lines.
/// </summary>
public sealed class SegmenterTests
{
    private static readonly ATN Atn = _ATN;

    [Fact]
    public void The_tokens_a_name_can_follow_are_exactly_those_that_keep_a_keyword_at_a_line_start_from_starting_a_segment()
    {
        var before = new HashSet<int>();
        foreach (var (state, transition) in Transitions())
        {
            if (transition is RuleTransition call && call.target.ruleIndex == RULE_name)
            {
                before.UnionWith(LabelsBefore(state, stopAtRuleStart: null));
            }
        }

        Names(before).ShouldBe(Names(Segmenter.BeforeName), ignoreOrder: true);
    }

    [Fact]
    public void Declaration_keywords_occur_only_where_their_declaration_starts_or_as_names()
    {
        var own = new Dictionary<int, int[]>
        {
            [TITLE] = [RULE_title], [IMPORT] = [RULE_importDecl], [SEGMENT] = [RULE_segment], [PROFILE] = [RULE_profile, RULE_profileOpen],
            [VALUEMAP] = [RULE_valuemap, RULE_valuemapOpen], [STATEMENT] = [RULE_statement], [TEST] = [RULE_test],
            [LEARNING] = [RULE_learning], [PURPOSE] = [RULE_purpose], [BUSINESSMODEL] = [RULE_businessmodel], [PERSONA] = [RULE_persona], [INTERVIEW] = [RULE_interview], [ASSUMPTION] = [RULE_assumption], [POSITIONING] = [RULE_positioning], [EMPATHYMAP] = [RULE_empathymap], [FIT] = [RULE_fitStage],
            [SWOT] = [RULE_swot], [METRICS] = [RULE_metrics],
        };
        Names(own.Keys).ShouldBe(Names(Segmenter.DeclarationKeywords), ignoreOrder: true);
        foreach (var (state, transition) in Transitions())
        {
            foreach (var token in Labels(transition).Where(own.ContainsKey))
            {
                if (state.ruleIndex == RULE_keyword)
                {
                    continue;
                }

                own[token].ShouldContain(state.ruleIndex, $"`{Name(token)}` in rule {ruleNames[state.ruleIndex]}");
                StartsRule(state).ShouldBeTrue($"`{Name(token)}` is not the first token of rule {ruleNames[state.ruleIndex]}");
            }
        }
    }

    [Fact]
    public void Entry_keywords_occur_only_where_an_entry_starts_or_as_names_and_only_a_kind_comes_before_the_main_one()
    {
        var kinds = new[] { RULE_jobKind, RULE_painKind, RULE_gainLevel, RULE_offerKind };
        var main = new Dictionary<int, int>
        {
            [JOB] = RULE_job, [PAIN] = RULE_pain, [GAIN] = RULE_gain, [PRODUCT] = RULE_offer, [SERVICE] = RULE_offer,
            [RELIEVER] = RULE_reliever, [CREATOR] = RULE_creator,
        };
        Names(main.Keys.Concat(Segmenter.Qualifiers)).ShouldBe(Names(Segmenter.EntryKeywords), ignoreOrder: true);
        Segmenter.DeclarationKeywords.Intersect(Segmenter.EntryKeywords).ShouldBeEmpty();
        foreach (var (state, transition) in Transitions())
        {
            foreach (var token in Labels(transition).Where(t => Segmenter.EntryKeywords.Contains(t)))
            {
                if (state.ruleIndex == RULE_keyword)
                {
                    continue;
                }

                if (Segmenter.Qualifiers.Contains(token))
                {
                    kinds.ShouldContain(state.ruleIndex, $"`{Name(token)}` in rule {ruleNames[state.ruleIndex]}");
                    StartsRule(state).ShouldBeTrue();
                    continue;
                }

                state.ruleIndex.ShouldBe(main[token], $"`{Name(token)}` in rule {ruleNames[state.ruleIndex]}");
                Names(LabelsBefore(state, stopAtRuleStart: state.ruleIndex)).ShouldBeSubsetOf(Names(Segmenter.Qualifiers));
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Valid_canvases_parse_in_segments_as_in_one_pass(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 150; i++)
        {
            var text = RandomCanvas(random);
            var whole = OnePass(text);
            whole.ShouldNotBeNull($"the generator wrote an invalid canvas:\n{text}");
            var tree = SyntaxTree.Parse(text);
            tree.Diagnostics.ShouldBeEmpty(text);
            Dump(tree.Declarations).ShouldBe(whole, text);
        }
    }

    [Theory]
    [InlineData("segment\nprofile \"People\"\nprofile profile {\n  pain \"x\"\n}\n")]
    [InlineData("segment s \"x\"\nvaluemap s {\n  reliever r \"y\" relieves\n  pain, job\n  creator\n  creator \"z\"\n}\n")]
    [InlineData("segment s \"x\"\nprofile s {\n  functional\n  job \"x\"\n  risk\n  pain\n  pain \"y\"\n}\n")]
    [InlineData("segment s \"x\"\ntest t for\nsegment {\n  hypothesis \"h\"\n}\nlearning l from\ntest {\n}\npurpose customer\nprofile \"p\"\n")]
    [InlineData("businessmodel b {\n  segments a,\n  profile\n  costs \"x\",\n  \"y\"\n}\n")]
    [InlineData("swot\nprofile for\nsegment {\n  action a \"x\" pairs b,\n  test\n  threat\n  swot \"y\"\n}\n")]
    [InlineData("metrics\nprofile for\nsegment {\n  metric m \"x\" tracks b,\n  test\n  metric\n  metrics \"y\" every week\n}\n")]
    public void Keywords_used_as_names_at_the_start_of_a_line_stay_names(string text)
    {
        var tree = SyntaxTree.Parse(text);

        tree.Diagnostics.ShouldBeEmpty();
        Dump(tree.Declarations).ShouldBe(OnePass(text));
    }

    [Fact]
    public void Each_entry_that_starts_a_line_is_a_segment_of_its_own()
    {
        var tree = SyntaxTree.Parse("segment s \"x\"\nprofile s { job \"a\"\n  pain \"b\" /* c */\n  /* d */ gain \"e\" }\nvaluemap s {\n  reliever \"f\" relieves\n    b\n}\n");

        tree.Diagnostics.ShouldBeEmpty();
        tree.Segments.Select(s => (s.Kind, s.Role)).ShouldBe(
        [
            (SegmentKind.Top, SegmentRole.Declarations),
            (SegmentKind.Top, SegmentRole.Open), (SegmentKind.Entry, SegmentRole.Entries), (SegmentKind.Entry, SegmentRole.Close),
            (SegmentKind.Top, SegmentRole.Open), (SegmentKind.Entry, SegmentRole.Close),
        ]);
        tree.AllEntries().Select(e => e.Text!.Value).ShouldBe(["a", "b", "e", "f"]);
    }

    /// <summary>The grammar's <c>file</c> rule over the whole text in one pass (what the parser did before it read segments); null on any error.</summary>
    internal static string? OnePass(string text)
    {
        var tokenizer = new CanvasTokenizer(text, 0);
        var tokens = new List<IToken>();
        for (var token = tokenizer.Next(); ; token = tokenizer.Next())
        {
            tokens.Add(token);
            if (token.Type == TokenConstants.EOF)
            {
                break;
            }
        }

        var parser = new CanvasParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.RemoveErrorListeners();
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            var declarations = new SyntaxTreeBuilder(SourceText.From(text)).Build(parser.file());
            return tokenizer.Problems.Count == 0 ? Dump(declarations) : null;
        }
        catch (ParseCanceledException)
        {
            return null;
        }
    }

    private static readonly string[] Keywords = [.. Enumerable.Range(TITLE, COSTS - TITLE + 1).Select(t => CanvasLexer.DefaultVocabulary.GetLiteralName(t)!.Trim('\''))];

    /// <summary>A canvas the grammar accepts, with keywords for names and line breaks in odd places.</summary>
    private static string RandomCanvas(Random random)
    {
        var text = new StringBuilder();
        void Put(string word) => text.Append(word).Append(random.Next(10) switch
        {
            < 4 => " ",
            < 7 => "\n",
            7 => "\n  ",
            8 => " /* note */\n",
            _ => " // note\n",
        });
        string AnyName() => random.Next(3) == 0 ? $"n{random.Next(5)}" : Keywords[random.Next(Keywords.Length)];
        void Str() => Put($"\"text {random.Next(100)}\"");
        void Refs()
        {
            Put(AnyName());
            while (random.Next(3) == 0)
            {
                Put(",");
                Put(AnyName());
            }
        }

        void Entry(bool profile)
        {
            string[] kinds = profile ? ["job", "pain", "gain"] : ["product", "service", "reliever", "creator"];
            var kind = kinds[random.Next(kinds.Length)];
            string[] qualifiers = kind switch
            {
                "job" => ["functional", "social", "emotional", "personal"],
                "pain" => ["undesired", "obstacle", "risk"],
                "gain" => ["required", "expected", "desired", "unexpected"],
                "product" or "service" => ["physical", "digital", "intangible", "financial"],
                _ => [],
            };
            if (qualifiers.Length > 0 && random.Next(2) == 0)
            {
                Put(qualifiers[random.Next(qualifiers.Length)]);
            }

            Put(kind);
            if (random.Next(2) == 0)
            {
                Put(AnyName());
            }

            Str();
            for (var a = random.Next(3); a > 0; a--)
            {
                switch (random.Next(4))
                {
                    case 0:
                        Put("severity");
                        Put("high");
                        break;
                    case 1:
                        Put("rank");
                        Put("3");
                        break;
                    case 2:
                        Put("as");
                        Put("buyer");
                        break;
                    default:
                        Put(random.Next(3) switch { 0 => "serves", 1 => "relieves", _ => "creates" });
                        Refs();
                        break;
                }
            }
        }

        for (var d = random.Next(1, 9); d > 0; d--)
        {
            switch (random.Next(12))
            {
                case 0:
                    Put("title");
                    Str();
                    break;
                case 1:
                    Put("segment");
                    Put(AnyName());
                    if (random.Next(2) == 0)
                    {
                        Str();
                    }

                    if (random.Next(2) == 0)
                    {
                        Put("aka");
                        Str();
                        while (random.Next(2) == 0)
                        {
                            Put(",");
                            Str();
                        }
                    }

                    break;
                case 2 or 3:
                    var profile = random.Next(2) == 0;
                    Put(profile ? "profile" : "valuemap");
                    Put(AnyName());
                    Put("{");
                    for (var e = random.Next(5); e > 0; e--)
                    {
                        Entry(profile);
                    }

                    Put("}");
                    break;
                case 4:
                    Put("statement");
                    Put(AnyName());
                    Str();
                    break;
                case 5:
                    Put("test");
                    Put(AnyName());
                    if (random.Next(2) == 0)
                    {
                        Put("for");
                        Put(AnyName());
                    }

                    Put("{");
                    Put("hypothesis");
                    Str();
                    Put("}");
                    break;
                case 6:
                    Put("learning");
                    Put(AnyName());
                    Put("from");
                    Put(AnyName());
                    Put("{");
                    Put("insight");
                    Str();
                    Put("}");
                    break;
                case 7:
                    Put("purpose");
                    if (random.Next(2) == 0)
                    {
                        Put("customer");
                        Put(AnyName());
                    }
                    else
                    {
                        Put("company");
                    }

                    Str();
                    break;
                case 8:
                    Put("businessmodel");
                    Put(AnyName());
                    Put("{");
                    Put("segments");
                    Refs();
                    Put("channels");
                    Str();
                    Put(",");
                    Str();
                    Put("}");
                    break;
                case 9:
                    // SWOT items are written like entries, with names after `pairs` that may be keywords.
                    Put("swot");
                    Put(AnyName());
                    if (random.Next(2) == 0)
                    {
                        Put("for");
                        Put(AnyName());
                    }

                    Put("{");
                    for (var e = random.Next(5); e > 0; e--)
                    {
                        string[] items = ["strength", "weakness", "opportunity", "threat", "action"];
                        var item = items[random.Next(items.Length)];
                        Put(item);
                        if (random.Next(2) == 0)
                        {
                            Put(AnyName());
                        }

                        Str();
                        if (item == "action" && random.Next(2) == 0)
                        {
                            Put("pairs");
                            Refs();
                        }

                        if (random.Next(3) == 0)
                        {
                            Put("priority");
                            Put("2");
                        }
                    }

                    Put("}");
                    break;
                case 10:
                    // Metrics are written like entries; `metric` is also a test's field, and names after `tracks` may be keywords.
                    Put("metrics");
                    Put(AnyName());
                    if (random.Next(2) == 0)
                    {
                        Put("for");
                        Put(AnyName());
                    }

                    Put("{");
                    for (var e = random.Next(4); e > 0; e--)
                    {
                        Put("metric");
                        if (random.Next(2) == 0)
                        {
                            Put(AnyName());
                        }

                        Str();
                        if (random.Next(2) == 0)
                        {
                            Put("target");
                            Str();
                        }

                        if (random.Next(2) == 0)
                        {
                            Put("every");
                            Put(new[] { "day", "week", "month", "quarter", "year" }[random.Next(5)]);
                        }

                        if (random.Next(2) == 0)
                        {
                            Put("tracks");
                            Refs();
                        }
                    }

                    Put("}");
                    break;
                default:
                    Put("import");
                    Str();
                    break;
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(ATNState State, Transition Transition)> Transitions() =>
        Reachable().SelectMany(s => Enumerable.Range(0, s.NumberOfTransitions).Select(i => (s, s.Transition(i))));

    /// <summary>The states the parser can be in: the runtime's deserializer adds copies of token-set rules that nothing leads to.</summary>
    private static HashSet<ATNState> Reachable()
    {
        var seen = new HashSet<ATNState>();
        var work = new Stack<ATNState>(Atn.ruleToStartState);
        while (work.TryPop(out var state))
        {
            if (!seen.Add(state))
            {
                continue;
            }

            for (var i = 0; i < state.NumberOfTransitions; i++)
            {
                var transition = state.Transition(i);
                work.Push(transition.target);
                if (transition is RuleTransition call)
                {
                    work.Push(call.followState);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<int> Labels(Transition transition) =>
        transition.IsEpsilon || transition is RuleTransition || transition.Label is not { } label ? [] : label.ToList();

    /// <summary>Is <paramref name="state"/> reached from its rule's start by epsilon moves only (its token is the rule's first)?</summary>
    private static bool StartsRule(ATNState state)
    {
        var seen = new HashSet<ATNState>();
        var work = new Stack<ATNState>([Atn.ruleToStartState[state.ruleIndex]]);
        while (work.TryPop(out var current))
        {
            if (current == state)
            {
                return true;
            }

            if (!seen.Add(current))
            {
                continue;
            }

            for (var i = 0; i < current.NumberOfTransitions; i++)
            {
                if (current.Transition(i) is { IsEpsilon: true } t && t is not RuleTransition)
                {
                    work.Push(t.target);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The tokens that can be matched right before <paramref name="state"/>: a backward walk over the
    /// ATN, into rules that end there and out to the callers of the rule it starts in (unless that rule is
    /// <paramref name="stopAtRuleStart"/>). Context-free, so it may only find too many.
    /// </summary>
    private static HashSet<int> LabelsBefore(ATNState state, int? stopAtRuleStart)
    {
        var reverse = new Dictionary<ATNState, List<(ATNState From, IntervalSet? Label)>>();
        void Edge(ATNState to, ATNState from, IntervalSet? label)
        {
            if (!reverse.TryGetValue(to, out var list))
            {
                reverse[to] = list = [];
            }

            list.Add((from, label));
        }

        foreach (var (from, transition) in Transitions())
        {
            if (transition is RuleTransition call)
            {
                Edge(call.target, from, null);
                Edge(call.followState, Atn.ruleToStopState[call.target.ruleIndex], null);
            }
            else
            {
                Edge(transition.target, from, transition.IsEpsilon ? null : transition.Label);
            }
        }

        var labels = new HashSet<int>();
        var seen = new HashSet<ATNState>();
        var work = new Stack<ATNState>([state]);
        while (work.TryPop(out var current))
        {
            if (!seen.Add(current) || (current is RuleStartState && current.ruleIndex == stopAtRuleStart))
            {
                continue;
            }

            foreach (var (from, label) in reverse.GetValueOrDefault(current) ?? [])
            {
                if (label is null)
                {
                    work.Push(from);
                }
                else
                {
                    labels.UnionWith(label.ToList());
                }
            }
        }

        return labels;
    }

    private static string Name(int token) => CanvasLexer.DefaultVocabulary.GetDisplayName(token);

    private static List<string> Names(IEnumerable<int> tokens) => [.. tokens.Distinct().Select(Name).Order(StringComparer.Ordinal)];

    /// <summary>Every public property, recursively.</summary>
    internal static string Dump(object? value)
    {
        var builder = new StringBuilder();
        Dump(value, builder);
        return builder.ToString();
    }

    private static void Dump(object? value, StringBuilder builder)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append('"').Append(s).Append('"');
                return;
            case TextSpan or Enum or int or bool:
                builder.Append(value);
                return;
            case IEnumerable items:
                builder.Append('[');
                foreach (var item in items)
                {
                    Dump(item, builder);
                    builder.Append(',');
                }

                builder.Append(']');
                return;
        }

        var type = value.GetType();
        builder.Append(type.Name).Append('(');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
        {
            builder.Append(property.Name).Append('=');
            Dump(property.GetValue(value), builder);
            builder.Append(' ');
        }

        builder.Append(')');
    }
}
