using CanvasLang.EditorServices.CodeActions;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>
/// On a file that already has syntax errors, the tree is a guess around them: a fix computed on it
/// may land outside its block or cut text. Whatever the light bulb offers there, applied alone,
/// must add no syntax error and keep every entry's text.
/// </summary>
public class BrokenTreeFixTests
{
    /// <summary>Unranked jobs, pains and gains (CV108), too few gains (CV107), an offer serving nothing (CV202), an unknown name (CV002).</summary>
    private const string Clean = """
        segment riders "Commuters who cycle to work in the city"

        profile riders {
          functional job commute "Ride 8 km to the office before 9:00"
          functional job carry "Carry a laptop and a change of clothes on the bike"
          functional job park "Lock the bike somewhere safe near the office"
          pain flat "A flat tyre on the way makes me 30 minutes late"
          pain rain "Arriving soaked after riding through rain"
          pain theft "My last bike was stolen from a rack outside the station"
          gain dry "Arrive dry and presentable for a 9:00 meeting"
        }

        valuemap riders {
          product locker "Secure bike lockers next to the office entrance"
          reliever lockup "Lockers with a camera and a personal code" relieves theft, thieves
          creator shower "Showers and towels on the ground floor" creates dry
        }
        """;

    public static TheoryData<string> Broken => [.. Inputs.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Mechanical breakage: each brace or quote deleted, each line deleted, the text cut at each line end.</summary>
    public static TheoryData<string> Mutations => [.. MutatedInputs.Keys.Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> MutatedInputs { get; } = Mutate(Clean);

    private static Dictionary<string, string> Inputs { get; } = new(StringComparer.Ordinal)
    {
        ["profile without its closing brace"] = Clean.Replace("  gain dry \"Arrive dry and presentable for a 9:00 meeting\"\n}", "  gain dry \"Arrive dry and presentable for a 9:00 meeting\"\n", StringComparison.Ordinal),
        ["value map without its closing brace"] = Clean.TrimEnd().TrimEnd('}'),
        ["unterminated string in a pain"] = Clean.Replace("makes me 30 minutes late\"", "makes me 30 minutes late", StringComparison.Ordinal),
        ["unterminated string in a product"] = Clean.Replace("office entrance\"", "office entrance", StringComparison.Ordinal),
        ["stray character between entries"] = Clean.Replace("  pain rain", "  § pain rain", StringComparison.Ordinal),
        ["entry without its text"] = Clean.Replace("pain rain \"Arriving soaked after riding through rain\"", "pain rain", StringComparison.Ordinal),
        ["half-typed declaration at the end"] = Clean + "\nprofile ",
        ["half-typed entry inside a profile"] = Clean.Replace("  gain dry", "  relieves \n  gain dry", StringComparison.Ordinal),
        ["extra closing brace"] = Clean.Replace("}\n\nvaluemap", "}\n}\n\nvaluemap", StringComparison.Ordinal),
        ["opening brace missing"] = Clean.Replace("profile riders {", "profile riders", StringComparison.Ordinal),
        ["unterminated block comment"] = Clean.Replace("  pain theft", "  /* pain theft", StringComparison.Ordinal),
        ["keyword typo"] = Clean.Replace("  reliever lockup", "  releiver lockup", StringComparison.Ordinal),
        ["attribute without its value"] = Clean.Replace("creates dry", "creates", StringComparison.Ordinal),
    };

    [Fact]
    public void The_clean_canvas_offers_the_fixes_that_went_wrong_on_broken_trees()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Clean);
        analysis.Result.Diagnostics.ShouldNotContain(d => d.Severity == DiagnosticSeverity.Error && d.Code != "CV002");
        var codes = analysis.Result.Diagnostics.Where(d => d.Fixes.Length > 0).Select(d => d.Code).ToHashSet();
        new[] { "CV107", "CV108", "CV202", "CV002" }.Except(codes).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Every_offered_action_keeps_the_text_and_adds_no_syntax_error(string name) => CheckEveryAction(Inputs[name]).ShouldBeGreaterThan(0);

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Every_offered_action_on_a_mutated_canvas_keeps_the_text_and_adds_no_syntax_error(string name) => CheckEveryAction(MutatedInputs[name]);

    [Fact]
    public void Safe_fixes_are_still_offered_beside_a_syntax_error_elsewhere()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Clean + "\nprofile ");
        var service = new CodeActionService(workspace.Workspace.Current);
        foreach (var (code, title) in new[] { ("CV002", "Declare pain `thieves` in the profile of `riders`"), ("CV202", "Add `serves` to product `locker`"), ("CV108", "Rank pains (severity moderate)") })
        {
            var diagnostic = analysis.Result.Diagnostics.First(d => d.Code == code && d.Fixes.Any(f => f.Title == title));
            service.Actions(analysis, diagnostic.Span).Select(a => a.Title).ShouldContain(title);
        }
    }

    private static Dictionary<string, string> Mutate(string text)
    {
        var variants = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '{' or '}' or '"')
            {
                variants[$"delete `{text[i]}` at {i:D4}"] = text.Remove(i, 1);
            }
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            variants[$"delete line {i:D2}"] = string.Join('\n', lines.Where((_, j) => j != i));
            variants[$"cut after line {i:D2}"] = string.Join('\n', lines.Take(i + 1));
            variants[$"cut line {i:D2} in half"] = string.Join('\n', lines.Take(i).Append(lines[i][..(lines[i].Length / 2)]).Concat(lines.Skip(i + 1)));
        }

        return variants.Where(v => SyntaxTree.Parse(v.Value).Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)).ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>Applies each action offered anywhere in <paramref name="input"/> alone; returns how many were checked.</summary>
    private static int CheckEveryAction(string input)
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(input);
        var before = analysis.Snapshot.Tree;
        var errors = SyntaxErrors(before);
        errors.Count.ShouldBeGreaterThan(0, "the input is meant to be broken");

        var service = new CodeActionService(workspace.Workspace.Current);
        var ranges = analysis.Result.Diagnostics.Select(d => new TextSpan(d.Span.Start, 0))
            .Concat(before.AllEntries().Select(e => new TextSpan(e.Span.Start, 0)))
            .Concat(before.Declarations.Select(d => new TextSpan(d.Span.Start, 0)))
            .Append(new TextSpan(0, before.Text.Length));
        var checkedActions = 0;
        foreach (var action in ranges.SelectMany(r => service.Actions(analysis, r)).DistinctBy(a => a.Title + a.Diagnostic?.Span))
        {
            foreach (var document in action.Change.Documents.Where(d => d.Path == analysis.Snapshot.Path))
            {
                checkedActions++;
                var after = SyntaxTree.Parse(TextEdit.Apply(before.Text.Text, document.Edits.Select(e => e.IsSnippet ? e with { NewText = SnippetText.ToPlain(e.NewText), IsSnippet = false } : e)));
                var added = SyntaxErrors(after).Except(errors).ToList();
                added.ShouldBeEmpty($"`{action.Title}` added syntax errors:\n{string.Join("\n", added)}\n---\n{after.Text.Text}");
                SyntaxErrors(after).Count.ShouldBeLessThanOrEqualTo(errors.Count, $"`{action.Title}` added syntax errors\n---\n{after.Text.Text}");
                foreach (var text in EntryTexts(before).Except(EntryTexts(after)))
                {
                    after.Text.Text.Contains(text, StringComparison.Ordinal).ShouldBeTrue($"`{action.Title}` lost the entry text {text}\n---\n{after.Text.Text}");
                }
            }
        }

        return checkedActions;
    }

    /// <summary>Syntax errors without their positions (an insertion above moves them), as a set of messages with line numbers blanked.</summary>
    private static HashSet<string> SyntaxErrors(SyntaxTree tree) =>
        [.. tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Code}: {System.Text.RegularExpressions.Regex.Replace(d.Message, @"line \d+", "line N")}")];

    private static HashSet<string> EntryTexts(SyntaxTree tree) => [.. tree.AllEntries().Select(e => e.Text?.Value).OfType<string>()];
}
