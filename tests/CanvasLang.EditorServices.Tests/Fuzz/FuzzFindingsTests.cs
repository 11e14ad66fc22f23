using CanvasLang.EditorServices.CodeActions;
using CanvasLang.EditorServices.Tests.Features;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Tests.Fuzz;

/// <summary>
/// Inputs the fuzz harness (fuzz/, AFL++ over parse → analysis → format → every action → incremental
/// parse) found breaking an invariant, minimized. Every action offered on them, applied alone, must
/// add no syntax error and keep every entry's text.
/// </summary>
public class FuzzFindingsTests
{
    public static TheoryData<string> Names => [.. Inputs.Keys.Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Inputs { get; } = new(StringComparer.Ordinal)
    {
        // A JSON file is not a canvas (CV000); a suppression comment above it made it parse as one, with errors.
        ["a JSON file"] = "{\n  \"$schema\": \"../docs/schema/canvaslang.schema.json\",\n  \"today\": \"2026-11-23\"\n}\n",

        // "Declare segment" inserted at the start of the line of the first block, which began with the
        // description of the segment before it: the segment lost its description.
        ["a description on the line of the next declaration"] = "//\nsegment i\n\"Hfor themseJveby every canvas in th nvg\"statement tsment\"\"",

        // Skeletons and added entries went to the end of the last entry's line, after a closing brace there.
        ["a closing brace on the line of the last entry"] = "segment e \"Commuters\"\nprofile e {\n  job \"Ride to work\"\n  gain \"Arrive dry\" }\n",
        ["a closing brace after the last entry, then a broken value map"] = "//\nprofile e{job\"\"\ngain\"\"}\nvaluemap g\ns",

        // `gain ""gain g ""` is valid; the added ` relevance medium` (or ` serves x`) glued to the next keyword.
        ["an entry touching the next one"] = "//\nprofile g{functional job\"\" functional job\"\" functional job j\"\" pain p\"\"pain p\"\"gain \"\"gain g\"\"gain \"\"}valuemap g\n,",
        ["an offer touching the next one"] = "segment s \"Riders\"\nprofile s {\n  job j \"Ride to work\"\n}\nvaluemap s {\n  product a \"Lockers\"product b \"Pumps\" serves j\n}\n",

        // "Add a profile" went to the end of the segment's line, splitting the `import` that followed on it from its path.
        ["a declaration after the segment on its line"] = "segment s\"\"import\n\"\"",

        // The rest broke only with syntax errors already in the file: the parser reports one error per
        // line, so junk beside an error went unreported and the declaration after it looked sound to
        // BrokenTreeGuard, which then let an insertion next to the junk through unchecked.
        ["junk after an error on the same line"] = "profile x job\"\njob j(V\nsegment y",
        ["overlapping skeleton edits"] = "//\nprofile x{\nfunctional job\"m\u00e1s i\"//\nsegment\"",
        ["a businessmodel after junk"] = "//\nm profile e businessmodel \"",
        ["an empty job text before a comment"] = "//\nprofile x{functional job\"\"functional job j//\nsegment!x",
        ["an alias list ending in a comma"] = "//\nsegment b\"\"aka\"\",//\nstatement FreshBox :",
        ["an alias list ending in a comma, then junk"] = "segment b\"\"aka\"\",s\"\"m\ne\"\"segment t\"\"",
        ["a replacement character after profile"] = "profile\ufffdn s'segment ",
        ["a control character after a bracket"] = "profile x)s\u000esegment 8\"",
        ["a segment without a name"] = "segment\"\"t profile p",

        // Recovery swallowed the `0` without an error of its own and ended the profile after it; the
        // skeleton inserted at that end (where the sound region of the segment begins) joined the broken profile.
        ["a skeleton at the end of a block that recovery closed"] = "profile l job c\u0010job 2\n0\nsegment x\"\"profile \ne",
        ["a comment between a block without its brace and a segment"] = "profile s job i gain g d\n8//\nsegment x\"\"profile \ni",
        ["a segment named by a string, suggested for a reference"] = "segment\"commuters \"U\nprofile c e\n}statement commuters\"\"test d\nm",
        ["a segment named by a string, suggested for a purpose"] = "segment\"commuters \"i\npurpose brand\"\"purpose customer commuters\"\"businessmodel \n\"",
        ["junk that recovery skipped without an error"] = "profile l job c\u0010job 2\n0'\nsegment x\"\"profile \ne",

        // Found by the long campaign of 2026-12-04.
        ["a stub declared in a profile whose brace follows an entry and a comment"] = "//\nprofile everyone{gain cheap\"\"//\ngain easy\"\"}\nvaluemap everyone{//\ncreator\"\"creates cheap,easy,fresh}//",
        ["a duplicate job in a profile followed by a broken value map"] = "//\nprofile s{functional job\"\"functional job\"\"emotional job \"Build trust user application\"emotional job\"\"social job\"Build applications that users trust and recommend\"social job\"\"pain\"\"}valuemap e\n\"",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_offered_action_keeps_the_text_and_adds_no_syntax_error(string name)
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Inputs[name]);
        var before = analysis.Snapshot.Tree;
        var errors = SyntaxErrors(before);
        var service = new CodeActionService(workspace.Workspace.Current);
        var ranges = analysis.Result.Diagnostics.Select(d => new TextSpan(d.Span.Start, 0))
            .Concat(before.Declarations.Select(d => new TextSpan(d.Span.Start, 0)))
            .Append(new TextSpan(0, before.Text.Length));
        foreach (var action in ranges.SelectMany(r => service.Actions(analysis, r)).DistinctBy(a => a.Title + a.Diagnostic?.Span))
        {
            foreach (var document in action.Change.Documents.Where(d => d.Path == analysis.Snapshot.Path))
            {
                var after = SyntaxTree.Parse(TextEdit.Apply(before.Text.Text, document.Edits));
                SyntaxErrors(after).Except(errors).ShouldBeEmpty($"`{action.Title}` added syntax errors\n---\n{after.Text.Text}");
                foreach (var text in EntryTexts(before).Except(EntryTexts(after)))
                {
                    after.Text.Text.ShouldContain(text, Case.Sensitive, $"`{action.Title}` lost an entry text");
                }
            }
        }
    }

    [Fact]
    public void A_foreign_file_is_not_offered_a_suppression_comment()
    {
        using var workspace = new FeatureWorkspace();
        var (analysis, _) = workspace.Open(Inputs["a JSON file"]);
        var foreign = analysis.Result.Diagnostics.ShouldHaveSingleItem();
        foreign.Code.ShouldBe("CV000");
        new CodeActionService(workspace.Workspace.Current).Actions(analysis, foreign.Span).Select(a => a.Title).ShouldNotContain(t => t.StartsWith("Suppress", StringComparison.Ordinal));
    }

    /// <summary>Errors as BrokenTreeGuard compares them: without places or digits (an insertion above moves them).</summary>
    private static HashSet<string> SyntaxErrors(SyntaxTree tree) =>
        [.. tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code + ":" + string.Concat(d.Message.Where(c => !char.IsAsciiDigit(c))))];

    private static HashSet<string> EntryTexts(SyntaxTree tree) => [.. tree.AllEntries().Select(e => e.Text?.Value).OfType<string>()];
}
