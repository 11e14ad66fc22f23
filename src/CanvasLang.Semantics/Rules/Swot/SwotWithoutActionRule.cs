using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV653: a SWOT that decides nothing: no action, or actions none of which pairs an item (`pairs`).
/// The TOWS reading of a SWOT turns its factors into moves by pairing them.
/// </summary>
public sealed class SwotWithoutActionRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV653", "swot-without-action", DiagnosticSeverity.Warning,
        "A SWOT with no `action`, or whose actions pair no strength, weakness, opportunity or threat: it describes the situation but decides nothing.")
    {
        Fix = "Insert an action at the end of the SWOT, pairing its first inside and outside factors that have ids, as a snippet with placeholders.",
    };

    public override void Analyze(RuleContext context)
    {
        foreach (var swot in context.Model.OwnSwots.Where(s => SwotReading.Factors(s).Any()))
        {
            var actions = swot.Actions.ToList();
            if (actions.Count == 0)
            {
                var fix = Fix(context, swot);
                context.Report(SwotReading.Anchor(swot),
                    $"{swot.Title} has no action: a SWOT that ends with its four lists describes the situation but decides nothing; " +
                    "add actions that pair an inside factor with an outside one (use a strength for an opportunity, fix a weakness before a threat exploits it) and name them with `pairs`",
                    fixes: fix is null ? default : [fix]);
            }
            else if (!actions.Any(a => swot.Paired(a).Any()))
            {
                context.Report(SwotReading.Anchor(swot),
                    (actions.Count == 1 ? $"the action of {swot.Title} pairs no strength, weakness, opportunity or threat: " : $"none of the {actions.Count} actions of {swot.Title} pairs a strength, weakness, opportunity or threat: ") +
                    "without `pairs` nobody can tell which factor an action answers, or which factors nothing answers; name them after each action's text (`pairs w1, t1`)",
                    related: [.. actions.Take(1).Select(a => context.Related(a.Location with { Span = a.Span }, "an action that pairs nothing"))]);
            }
        }
    }

    /// <summary>`action "…" pairs s1, o1` before the closing brace, pairing the first inside and the first outside factor with an id, the ones ranked first when there is a priority.</summary>
    private static CodeFix? Fix(RuleContext context, Swot swot)
    {
        var s = swot.Syntax;
        SwotItem? First(Func<SwotItem, bool> side) =>
            SwotReading.Factors(swot).Where(i => side(i) && i.Id is not null).OrderBy(i => i.Priority ?? int.MaxValue).FirstOrDefault();
        var paired = new[] { First(i => i.IsInternal), First(i => i.IsExternal) }.OfType<SwotItem>().Select(i => i.Id!).ToList();
        var action = $"action \"${{1:{Anchors.SnippetText("What the business will do about them")}}}\"" + (paired.Count > 0 ? $" pairs {string.Join(", ", paired)}" : string.Empty);
        var first = s.Items.Length > 0 ? s.Items[0].Span : (TextSpan?)null;
        return CardEdits.AppendMembers(context.Text, s.Keyword, s.OpenBrace, first, s.CloseBrace, [action]) is { } edit
            ? new CodeFix($"Add an action to {swot.Title}", [edit]) { IsMechanical = false }
            : null;
    }
}
