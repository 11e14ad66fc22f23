using Newtonsoft.Json.Linq;

namespace CanvasLang.Cli.Tests;

/// <summary>
/// `--format gitlab` writes what GitLab's Code Quality report documents: an array of issues with
/// description, check_name, fingerprint, severity and location.path / location.lines.begin.
/// </summary>
public sealed class GitLabOutputTests : IDisposable
{
    private const string Vague =
        "segment commuters \"Urban commuters who buy coffee on the way to work\"\n\nprofile commuters {\n" +
        "  functional job get_coffee \"Buy a hot coffee before the 8:10 train\" importance high\n" +
        "  pain price \"Too expensive\"\n}\n";

    private static readonly string[] Severities = ["info", "minor", "major", "critical", "blocker"];

    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Every_issue_has_the_documented_fields_for_the_examples_and_a_broken_file()
    {
        foreach (var example in Directory.GetFiles(Path.Combine(CliRunner.RepoRoot(), "examples"), "*.canvas", SearchOption.AllDirectories))
        {
            cli.Write(Path.Combine("examples", Path.GetFileName(example)), File.ReadAllText(example));
        }

        cli.Write("broken.canvas", "segment s \"x\"\nprofile s {\n  job \"a\" importance\n}\nvaluemap s {\n  reliever r \"b\" relieves nope\n}\n");

        var (exit, output, _) = cli.Run("lint", "--format", "gitlab", "examples", "broken.canvas");

        exit.ShouldBe(1);
        var issues = JToken.Parse(output).ShouldBeOfType<JArray>();
        issues.Count.ShouldBeGreaterThan(10);
        foreach (var issue in issues.Cast<JObject>())
        {
            issue["description"].ShouldBeOfType<JValue>().Value<string>().ShouldNotBeNullOrWhiteSpace();
            issue["check_name"]!.Value<string>()!.ShouldMatch("^CV[0-9]{3}$");
            issue["fingerprint"]!.Value<string>()!.ShouldMatch("^[0-9a-f]{32}$");
            Severities.ShouldContain(issue["severity"]!.Value<string>());
            var location = issue["location"].ShouldBeOfType<JObject>();
            var path = location["path"]!.Value<string>()!;
            Path.IsPathRooted(path).ShouldBeFalse(path);
            path.ShouldNotContain("\\");
            File.Exists(Path.Combine(cli.Folder, path)).ShouldBeTrue(path);
            var begin = location["lines"]!["begin"]!.Value<int>();
            begin.ShouldBeGreaterThanOrEqualTo(1);
            location["lines"]!["end"]!.Value<int>().ShouldBeGreaterThanOrEqualTo(begin);
        }

        issues.Select(i => i["fingerprint"]!.Value<string>()).ShouldBeUnique();
    }

    [Fact]
    public void Errors_are_critical_warnings_major_and_infos_minor()
    {
        cli.Write("vague.canvas", Vague);
        cli.Write("bad.canvas", "segment s \"x\"\nprofile q {\n}\n");

        var issues = Issues(cli.Run("lint", "--format", "gitlab", "vague.canvas", "bad.canvas").Out);

        Single(issues, "CV007")["severity"]!.Value<string>().ShouldBe("critical");
        Single(issues, "CV101")["severity"]!.Value<string>().ShouldBe("major");
        Single(issues, "CV304")["severity"]!.Value<string>().ShouldBe("minor");
        Single(issues, "CV101")["location"]!["lines"]!["begin"]!.Value<int>().ShouldBe(5);
        Single(issues, "CV101")["description"]!.Value<string>()!.ShouldContain("Too expensive");
    }

    [Fact]
    public void Paths_are_relative_to_the_working_directory_even_for_absolute_arguments()
    {
        var file = cli.Write(Path.Combine("docs", "canvases", "vague.canvas"), Vague);

        var issues = Issues(cli.Run("lint", "--format", "gitlab", file).Out);

        issues.ShouldNotBeEmpty();
        issues.ShouldAllBe(i => i["location"]!["path"]!.Value<string>() == "docs/canvases/vague.canvas");
    }

    [Fact]
    public void Fingerprints_are_stable_across_runs_and_survive_lines_added_above()
    {
        cli.Write("vague.canvas", Vague);
        var first = Fingerprints(cli.Run("lint", "--format", "gitlab", "vague.canvas").Out);
        var second = Fingerprints(cli.Run("lint", "--format", "gitlab", "vague.canvas").Out);

        // Another checkout folder, and two comment lines above every finding.
        using var other = new CliRunner();
        other.Write("vague.canvas", "// reviewed\n// by the team\n" + Vague);
        var moved = Fingerprints(other.Run("lint", "--format", "gitlab", "vague.canvas").Out);

        first.ShouldNotBeEmpty();
        second.ShouldBe(first);
        moved.ShouldBe(first);
    }

    [Fact]
    public void Identical_findings_get_distinct_fingerprints_and_other_files_other_fingerprints()
    {
        // Two pains with the same vague text: same rule, same message, same flagged text.
        cli.Write("twice.canvas", Vague.Replace("  pain price \"Too expensive\"\n", "  pain price \"Too expensive\"\n  pain cost \"Too expensive\"\n", StringComparison.Ordinal));
        cli.Write("copy.canvas", Vague);

        var issues = Issues(cli.Run("lint", "--format", "gitlab", "twice.canvas", "copy.canvas").Out);

        var vague = issues.Where(i => i["check_name"]!.Value<string>() == "CV101").ToList();
        vague.Count(i => i["location"]!["path"]!.Value<string>() == "twice.canvas").ShouldBe(2);
        vague.Select(i => i["fingerprint"]!.Value<string>()).ShouldBeUnique();
        issues.Select(i => i["fingerprint"]!.Value<string>()).ShouldBeUnique();
    }

    [Fact]
    public void A_clean_run_writes_an_empty_array()
    {
        var examples = Path.Combine(CliRunner.RepoRoot(), "examples", "coffee.canvas");
        cli.Write("ok.canvas", File.ReadAllText(examples));
        cli.Write("canvaslang.json", "{ \"rules\": { \"CV404\": \"off\" } }");

        var (exit, output, _) = cli.Run("lint", "--format", "gitlab", "ok.canvas");

        exit.ShouldBe(0);
        JToken.Parse(output).ShouldBeOfType<JArray>().ShouldBeEmpty();
    }

    private static List<JObject> Issues(string output) => JArray.Parse(output).Cast<JObject>().ToList();

    private static JObject Single(List<JObject> issues, string code) =>
        issues.Single(i => i["check_name"]!.Value<string>() == code);

    private static List<string> Fingerprints(string output) =>
        Issues(output).Select(i => i["fingerprint"]!.Value<string>()!).ToList();
}
