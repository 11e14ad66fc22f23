using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Tests.Binding;

/// <summary>CV002–CV008 exactly as the spec says, and the model's view of entries and references.</summary>
public sealed class BinderTests
{
    private const string Profile = """
        segment commuters "Urban commuters"
        profile commuters {
          functional job get_coffee "Buy a coffee before the 8:10 train" importance high
          pain queue "Waiting more than 5 minutes in the queue" severity extreme
          pain cash "The kiosk takes cash only" severity high
          required gain ready "The cup is ready when I walk in" relevance essential
        }
        """;

    private static (SemanticModel Model, List<Diagnostic> Errors) Bind(string text)
    {
        var tree = SyntaxTree.Parse(text, Path.Combine(Path.GetTempPath(), "binder-test.canvas"));
        var (model, diagnostics) = Binder.Bind(tree, new FileSystemDocumentSource());
        return (model, [.. tree.Diagnostics, .. diagnostics]);
    }

    private static string At(string text, Diagnostic d) => text.Substring(d.Span.Start, d.Span.Length);

    [Fact]
    public void References_resolve_in_both_directions_and_entries_know_their_rank()
    {
        var (model, errors) = Bind(Profile + "\nvaluemap commuters {\n  reliever preorder \"Order ahead\" relieves queue, cash\n  creator shelf \"Pick-up shelf\" creates ready\n}");

        errors.ShouldBeEmpty();
        var queue = model.Profiles["commuters"].Pains.First();
        queue.Level.ShouldBe(1);
        queue.SegmentName.ShouldBe("commuters");
        model.AddressersOf(queue).Single().Id.ShouldBe("preorder");
        model.TargetsOf(model.ValueMaps["commuters"].Relievers.Single()).Select(e => e.Id).ShouldBe(["queue", "cash"]);
        model.Profiles["commuters"].Jobs.Single().JobKind.ShouldBe("functional");
    }

    [Fact]
    public void CV002_unknown_reference_suggests_names_of_the_right_kind_and_offers_a_stub()
    {
        var text = Profile + "\nvaluemap commuters {\n  reliever preorder \"Order ahead\" relieves queu\n}";
        var (_, errors) = Bind(text);

        var d = errors.ShouldHaveSingleItem();
        d.Code.ShouldBe("CV002");
        At(text, d).ShouldBe("queu");
        d.Message.ShouldContain("did you mean `queue`?");
        d.Message.ShouldNotContain("`ready`");
        d.Fixes.Select(f => f.Title).ShouldBe(["Change to `queue`", "Declare pain `queu` in the profile of `commuters`"]);
        var declared = TextEdit.Apply(text, d.Fixes[1].Edits);
        var (_, after) = Bind(declared);
        after.ShouldBeEmpty();
    }

    [Fact]
    public void CV003_duplicate_name_points_at_the_second_declaration()
    {
        var text = "segment a \"x\"\nsegment a \"y\"";
        var (_, errors) = Bind(text);

        var d = errors.ShouldHaveSingleItem();
        d.Code.ShouldBe("CV003");
        text.Substring(0, d.Span.Start).ShouldContain("\n");
        d.Related.ShouldHaveSingleItem();
    }

    [Fact]
    public void CV004_wrong_kind_and_other_segment()
    {
        var text = Profile + "\nsegment other \"Other\"\nprofile other {\n  pain far \"Far\"\n}\nvaluemap commuters {\n  reliever r \"R\" relieves ready, far\n}\ntest t for commuters {\n}\nlearning l from commuters {\n}";
        var (_, errors) = Bind(text);

        errors.Select(e => (e.Code, At(text, e))).ShouldBe([("CV004", "ready"), ("CV004", "far"), ("CV004", "commuters")]);
        errors[1].Message.ShouldContain("of segment `other`, not of `commuters`");
        errors[2].Message.ShouldContain("comes from a test");
    }

    [Fact]
    public void CV006_second_profile_for_a_segment()
    {
        var (_, errors) = Bind(Profile + "\nprofile commuters {\n}");

        errors.ShouldHaveSingleItem().Code.ShouldBe("CV006");
    }

    [Fact]
    public void CV007_undeclared_segment_everywhere_a_segment_is_named_with_a_declare_fix()
    {
        var text = "profile p {\n}\nvaluemap v {\n}\nstatement s \"x\"\ntest t for q {\n}\npurpose customer c \"I want\"\nbusinessmodel b {\n  segments m\n  propositions n\n}";
        var (_, errors) = Bind(text);

        errors.Select(e => At(text, e)).ShouldBe(["p", "v", "s", "q", "c", "m", "n"]);
        errors.ShouldAllBe(e => e.Code == "CV007");
        var fixedText = TextEdit.Apply(text, errors[0].Fixes.Single(f => f.Title.StartsWith("Declare", StringComparison.Ordinal)).Edits);
        Bind(fixedText).Errors.Count.ShouldBe(6);
    }

    [Fact]
    public void CV008_values_given_twice_or_out_of_range()
    {
        var text = "segment s \"x\"\nprofile s {\n  pain p \"x\" severity high severity low rank 0\n}\ntest t for s {\n  due 2026-02-30\n  priority 0\n  owner \"a\"\n  owner \"b\"\n}";
        var (_, errors) = Bind(text);

        errors.Select(e => e.Code).ShouldAllBe(c => c == "CV008");
        errors.Select(e => At(text, e)).ShouldBe(["severity low", "0", "2026-02-30", "0", "owner \"b\""]);
    }

    [Fact]
    public void Imports_bring_declarations_into_scope_and_report_missing_files_and_cycles()
    {
        var folder = Directory.CreateTempSubdirectory("canvaslang-imports-").FullName;
        File.WriteAllText(Path.Combine(folder, "segments.canvas"), "segment commuters \"Urban commuters\"\n");
        File.WriteAllText(Path.Combine(folder, "a.canvas"), "import \"b.canvas\"\n");
        File.WriteAllText(Path.Combine(folder, "b.canvas"), "import \"a.canvas\"\n");
        var main = Path.Combine(folder, "main.canvas");
        var text = "import \"segments.canvas\"\nimport \"missing.canvas\"\nimport \"a.canvas\"\nprofile commuters {\n}\n";
        File.WriteAllText(main, text);

        var result = CanvasAnalyzer.AnalyzeFile(main, new FileSystemDocumentSource(), AnalysisOptions.Default);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        errors.Select(e => e.Code).ShouldBe(["CV005"]);
        errors[0].Message.ShouldContain("cannot import \"missing.canvas\": the file does not exist");
        result.Model.Segments.ShouldContainKey("commuters");

        var cycle = CanvasAnalyzer.AnalyzeFile(Path.Combine(folder, "a.canvas"), new FileSystemDocumentSource(), AnalysisOptions.Default);
        cycle.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("import cycle: a.canvas → b.canvas → a.canvas");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Attributes_must_belong_to_the_entry_kind()
    {
        var text = "segment s \"x\"\nprofile s {\n  job \"x\" severity high\n}";
        var (_, errors) = Bind(text);

        var d = errors.ShouldHaveSingleItem();
        d.Code.ShouldBe("CV001");
        d.Message.ShouldBe("`severity` is not an attribute of a job: a job takes `importance`, `as`, `rank` and `heard`");
    }
}
