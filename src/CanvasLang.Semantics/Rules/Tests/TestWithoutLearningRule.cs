using System.Collections.Immutable;
using System.Globalization;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>CV406: a finished test with no learning card recording what it taught.</summary>
public sealed class TestWithoutLearningRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV406", "test-without-learning", DiagnosticSeverity.Hint,
        "This test is finished (validated, invalidated or inconclusive) but no learning card records what was learned.")
    {
        Fix = "Insert a learning card skeleton after the test.",
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;
        foreach (var test in model.OwnTests)
        {
            if (test.Status is not ("validated" or "invalidated" or "inconclusive")
                || model.Learnings.Any(l => l.TestName == test.Name))
            {
                continue;
            }

            context.Report(Anchors.Header(test.Syntax),
                $"test `{test.Name}` is {test.Status} but no learning card records what it taught: add `learning … from {test.Name}` with the observation, insight and decision",
                fixes: ImmutableArray.Create(Fix(context, test)));
        }
    }

    private static CodeFix Fix(RuleContext context, Model.TestCard test)
    {
        var name = test.Name + "_learning";
        for (var n = 2; context.Model.Lookup(name) is not null; n++)
        {
            name = $"{test.Name}_learning{n}";
        }

        var indent = Anchors.IndentAt(context.Text, test.Syntax.Span.Start);
        var today = context.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var card = $"\n\n{indent}learning {name} from {test.Name} {{\n"
            + $"{indent}  observation \"${{1:What we saw, with numbers}}\"\n"
            + $"{indent}  insight \"${{2:What we learned from it}}\"\n"
            + $"{indent}  decision \"${{3:What we do next}}\"\n"
            + $"{indent}  date ${{4:{today}}}\n"
            + $"{indent}}}";
        return new CodeFix($"Add a learning card from test `{test.Name}`", [new TextEdit(new TextSpan(test.Syntax.Span.End, 0), card, IsSnippet: true)])
        {
            IsMechanical = false,
        };
    }
}
