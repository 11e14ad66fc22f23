using Newtonsoft.Json.Linq;

namespace CanvasLang.Cli.Tests;

public sealed class LintCommandTests : IDisposable
{
    private const string Clean = "segment s \"Night-shift nurses\"\n";
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void A_clean_file_exits_0_with_a_summary()
    {
        cli.Write("ok.canvas", Clean);

        var (exit, output, _) = cli.Run("lint", "ok.canvas");

        exit.ShouldBe(0);
        output.ShouldContain("No problems in 1 file.");
    }

    [Fact]
    public void Errors_exit_1_in_the_path_line_col_form()
    {
        cli.Write("bad.canvas", "segment s \"x\"\nprofile s {\n  pain p \"x\" severity extrem\n}\n");

        var (exit, output, _) = cli.Run("lint", "bad.canvas");

        exit.ShouldBe(1);
        output.ShouldContain("bad.canvas:3:23: error CV001 syntax: expected a level after `severity`");
    }

    [Fact]
    public void Misuse_exits_2()
    {
        cli.Run("lint").Exit.ShouldBe(2);
        cli.Run("lint", "--format", "xml", "x.canvas").Exit.ShouldBe(2);
        cli.Run("frobnicate").Exit.ShouldBe(2);
        cli.Run("explain", "no-such-rule").Exit.ShouldBe(2);
    }

    [Fact]
    public void Warnings_fail_only_above_max_warnings()
    {
        cli.Write("w.canvas", "segment s \"Night-shift nurses\"\nbusinessmodel b {\n  segments s\n}\n");

        cli.Run("lint", "w.canvas").Exit.ShouldBe(0);
        cli.Run("lint", "--max-warnings", "0", "w.canvas").Exit.ShouldBe(1);
        cli.Run("lint", "--max-warnings", "5", "w.canvas").Exit.ShouldBe(0);
    }

    [Fact]
    public void Folders_are_linted_file_by_file_with_each_problem_reported()
    {
        cli.Write("dir/a.canvas", Clean);
        cli.Write("dir/b.canvas", "segment");
        cli.Write("dir/notes.txt", "not a canvas");
        File.WriteAllBytes(Path.Combine(cli.Folder, "dir", "c.canvas"), [0x73, 0x65, 0xC3, 0x28, 0x0A]);
        File.CreateSymbolicLink(Path.Combine(cli.Folder, "dir", "gone.canvas"), Path.Combine(cli.Folder, "missing.canvas"));
        cli.Write("dir/json.canvas", "{ \"nodes\": [] }");

        var (exit, output, errors) = cli.Run("lint", "dir");

        exit.ShouldBe(2);
        output.ShouldContain("b.canvas:1:8: error CV001");
        errors.ShouldContain($"canvaslang: {Path.Combine("dir", "c.canvas")}: cannot read this file: the file is not valid UTF-8");
        errors.ShouldContain($"canvaslang: {Path.Combine("dir", "gone.canvas")}: cannot read this file: the file does not exist");
        output.ShouldNotContain("c.canvas");
        output.ShouldContain("json.canvas:1:1: info CV000");
        output.ShouldNotContain("notes.txt");
        output.ShouldContain("in 3 files. 2 inputs could not be read.");
    }

    [Fact]
    public void Globs_and_missing_paths_are_reported()
    {
        cli.Write("x/one.canvas", Clean);
        cli.Write("x/two.canvas", Clean);

        var (exit, output, errors) = cli.Run("lint", "x/*.canvas", "nothere.canvas");

        exit.ShouldBe(2);
        errors.ShouldContain("canvaslang: nothere.canvas: no such file or folder");
        output.ShouldNotContain("CV001");
        output.ShouldContain("No problems in 2 files. 1 input could not be read.");
    }

    [Fact]
    public void Json_output_has_one_based_ranges_and_a_summary()
    {
        cli.Write("bad.canvas", "segment s \"x\"\nprofile q {\n}\n");

        var (exit, output, _) = cli.Run("lint", "--format", "json", "bad.canvas");

        exit.ShouldBe(1);
        var json = JObject.Parse(output);
        json["version"]!.Value<int>().ShouldBe(1);
        var d = json["files"]![0]!["diagnostics"]!.First(x => x["code"]!.Value<string>() == "CV007");
        d["range"]!["start"]!["line"]!.Value<int>().ShouldBe(2);
        d["range"]!["start"]!["column"]!.Value<int>().ShouldBe(9);
        d["helpUri"]!.Value<string>()!.ShouldEndWith("docs/rules/CV007.md");
        json["summary"]!["errors"]!.Value<int>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_bad_configuration_is_reported_on_the_configuration_file_and_defaults_apply()
    {
        cli.Write("canvaslang.json", "{ \"rules\": { \"vauge-entry\": \"off\" } }");
        cli.Write("ok.canvas", Clean);

        var (exit, output, _) = cli.Run("lint", "ok.canvas");

        exit.ShouldBe(1);
        output.ShouldContain("canvaslang.json:1:");
        output.ShouldContain("unknown rule `vauge-entry`; did you mean `vague-entry`?");
    }

    [Fact]
    public void Ignored_files_are_skipped()
    {
        cli.Write("canvaslang.json", "{ \"ignore\": [\"drafts/**\"] }");
        cli.Write("drafts/wip.canvas", "segment");
        cli.Write("ok.canvas", Clean);

        var (exit, output, _) = cli.Run("lint", ".");

        exit.ShouldBe(0);
        output.ShouldNotContain("wip.canvas");
    }

    [Fact]
    public void Explain_prints_the_rule_document_by_id_or_name()
    {
        var (exit, output, _) = cli.Run("explain", "vague-entry");

        exit.ShouldBe(0);
        output.ShouldStartWith("# CV101 vague-entry");
        cli.Run("explain", "CV304").Out.ShouldStartWith("# CV304 half-canvas");
        cli.Run("explain").Out.ShouldContain("CV007  undeclared-segment");
    }
}

/// <summary>A path that cannot be read is an input problem, not a syntax error: exit 2, the same in text, JSON and SARIF.</summary>
public sealed class InputProblemTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Text_says_so_on_stderr_and_exits_2()
    {
        cli.Write("ok.canvas", "segment s \"Night-shift nurses\"\n");

        var (exit, output, errors) = cli.Run("lint", "ok.canvas", "missing.canvas");

        exit.ShouldBe(2);
        errors.ShouldContain("canvaslang: missing.canvas: no such file or folder");
        output.ShouldNotContain("syntax");
    }

    [Fact]
    public void Json_lists_input_problems_apart_from_diagnostics()
    {
        cli.Write("ok.canvas", "segment s \"Night-shift nurses\"\n");

        var (exit, output, _) = cli.Run("lint", "--format", "json", "ok.canvas", "missing.canvas");

        exit.ShouldBe(2);
        var json = JObject.Parse(output);
        json["files"]!.Select(f => f["path"]!.Value<string>()).ShouldBe(["ok.canvas"]);
        var problem = json["inputProblems"]!.ShouldHaveSingleItem()!;
        problem["path"]!.Value<string>().ShouldBe("missing.canvas");
        problem["message"]!.Value<string>().ShouldBe("no such file or folder");
        json["summary"]!["inputProblems"]!.Value<int>().ShouldBe(1);
        json["summary"]!["errors"]!.Value<int>().ShouldBe(0);
    }

    [Fact]
    public void Sarif_reports_them_as_tool_execution_notifications()
    {
        var (exit, output, _) = cli.Run("lint", "--format", "sarif", "missing.canvas");

        exit.ShouldBe(2);
        var run = JObject.Parse(output)["runs"]![0]!;
        run["results"]!.ShouldBeEmpty();
        var invocation = run["invocations"]![0]!;
        invocation["executionSuccessful"]!.Value<bool>().ShouldBeFalse();
        var notification = invocation["toolExecutionNotifications"]!.ShouldHaveSingleItem()!;
        notification["level"]!.Value<string>().ShouldBe("error");
        notification["message"]!["text"]!.Value<string>().ShouldBe("missing.canvas: no such file or folder.");
        notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.Value<string>().ShouldBe("missing.canvas");
    }

    [Fact]
    public void Fmt_exits_2_on_a_missing_file()
    {
        var (exit, _, errors) = cli.Run("fmt", "--check", "missing.canvas");

        exit.ShouldBe(2);
        errors.ShouldContain("canvaslang: missing.canvas: no such file or folder");
    }
}

/// <summary>`canvaslang explain` lists every rule in aligned columns, however long a name.</summary>
public sealed class ExplainListTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void The_severity_column_starts_at_the_same_place_on_every_line()
    {
        var lines = cli.Run("explain").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.ShouldContain(l => l.Contains("model-proposition-without-valuemap", StringComparison.Ordinal));
        var columns = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"\s(error|warning|info|hint)\s").Index).Distinct().ToList();
        columns.ShouldHaveSingleItem();
    }
}
