using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV651: a strength or weakness whose words name something outside the business (rivals, demand,
/// the market, prices, rules, the economy, trends) and nothing of its own; or an opportunity or threat
/// that speaks of the business itself ("our team", "we have") and of nothing outside it. Read in the
/// seven read languages (Lexicons/&lt;code&gt;/swot.txt); silent in any other.
/// </summary>
public sealed class SwotItemOnWrongSideRule : CanvasRule
{
    private static readonly ReadingMemo<SideCues> Cues = new();

    public override RuleDescriptor Descriptor { get; } = new("CV651", "swot-item-on-wrong-side", DiagnosticSeverity.Warning,
        "A strength or weakness that names something outside the business (a competitor, the market, demand, a law, prices), or an opportunity or threat about the business itself (\"our team\", \"we have\").")
    {
        ReadsWords = true,
        IsHeuristic = true,
        Fix = "Change the item's word to the other side of its column: a strength becomes an opportunity, a weakness a threat, and back.",
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var swot in model.OwnSwots)
        {
            foreach (var item in SwotReading.Factors(swot))
            {
                if (item.Syntax.Text is not { } text || string.IsNullOrWhiteSpace(text.Value))
                {
                    continue;
                }

                var language = FileLanguage.Of(model, text.Value);
                if (!language.IsRead())
                {
                    continue; // a language the rule cannot read: silent
                }

                var cues = item.Reading.Remember(Cues, language, (r, l) => SwotSides.For(l).Read(r.Words, r.Text));
                var outside = item.IsInternal && cues.External.Length > 0 && cues.Internal.Length == 0 && cues.Own.Length == 0;
                var inside = item.IsExternal && cues.Internal.Length > 0 && cues.External.Length == 0;
                if (outside || inside)
                {
                    context.Report(text.Span, Message(item, outside ? cues.External : cues.Internal), fixes: [Fix(item)]);
                }
            }
        }
    }

    private static string Message(SwotItem item, IReadOnlyList<string> words)
    {
        var quoted = SwotReading.Join([.. words.Select(w => $"'{w}'")]);
        var other = Article.With(LanguageTable.Entry(SwotReading.OtherSide(item.Kind)).Keyword);
        var what = $"{item.Keyword} {item.Reading.Quoted}";
        return item.Kind switch
        {
            Syntax.Tree.EntryKind.Strength => $"{what} names something outside the business ({quoted}): a strength is what the business itself has or does; a change around it that it could use is an opportunity. Make it {other}, and write as a strength what lets the business use it",
            Syntax.Tree.EntryKind.Weakness => $"{what} names something outside the business ({quoted}): a weakness is what the business itself lacks or does badly; a change around it that could hurt it is a threat. Make it {other}, and write as a weakness what leaves the business exposed to it",
            Syntax.Tree.EntryKind.Opportunity => $"{what} speaks of the business itself ({quoted}): what the business has or does is a strength; an opportunity is a change outside it that it could use. Make it {other}, or write the outside change it lets the business seize",
            _ => $"{what} speaks of the business itself ({quoted}): what the business lacks or does badly is a weakness; a threat is a change outside it that could hurt it. Make it {other}, or write the outside change that would exploit it",
        };
    }

    private static CodeFix Fix(SwotItem item)
    {
        var other = LanguageTable.Entry(SwotReading.OtherSide(item.Kind)).Keyword;
        return new CodeFix($"Make it {Article.With(other)}", [new TextEdit(item.Syntax.Keyword.Span, other)]) { IsMechanical = false };
    }
}
