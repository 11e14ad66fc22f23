using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Cli.Tests;

/// <summary>SARIF output carries what code-scanning needs, and Microsoft's SARIF Multitool finds no error in it.</summary>
public sealed class SarifOutputTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Sarif_results_carry_rule_level_message_and_one_based_region()
    {
        cli.Write("bad.canvas", "segment s \"x\"\nprofile q {\n}\n");

        var (_, output, _) = cli.Run("lint", "--format", "sarif", "bad.canvas");

        var run = JObject.Parse(output)["runs"]![0]!;
        run["tool"]!["driver"]!["rules"]!.Count().ShouldBeGreaterThan(30);
        var result = run["results"]!.First(r => r["ruleId"]!.Value<string>() == "CV007");
        result["level"]!.Value<string>().ShouldBe("error");
        var location = result["locations"]![0]!["physicalLocation"]!;
        location["artifactLocation"]!["uri"]!.Value<string>().ShouldBe("bad.canvas");
        location["region"]!["startLine"]!.Value<int>().ShouldBe(2);
        location["region"]!["startColumn"]!.Value<int>().ShouldBe(9);
        location["region"]!["endColumn"]!.Value<int>().ShouldBe(10);
        var rule = run["tool"]!["driver"]!["rules"]![result["ruleIndex"]!.Value<int>()]!;
        rule["id"]!.Value<string>().ShouldBe("CV007");
        rule["helpUri"]!.Value<string>()!.ShouldEndWith("/docs/rules/CV007.md");
        rule["defaultConfiguration"]!["level"]!.Value<string>().ShouldBe("error");
    }

    [Fact]
    public void The_sarif_multitool_validates_the_output_of_every_example_with_no_error()
    {
        var root = CliRunner.RepoRoot();
        var multitool = Path.Combine(root, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        File.Exists(multitool).ShouldBeTrue("run `npm ci` at the repository root: it installs the pinned SARIF Multitool");

        // npm runs no install scripts here (the build uses --ignore-scripts), so the package's own
        // chmod never ran: make the binary executable ourselves.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(multitool, File.GetUnixFileMode(multitool) | UnixFileMode.UserExecute);
        }
        var examples = Path.Combine(root, "examples");
        cli.Write("broken.canvas", "segment s \"x\"\nprofile s {\n  job \"a\" importance\n}\nvaluemap s {\n  reliever r \"b\" relieves nope\n}\n");

        var (_, output, _) = cli.Run("lint", "--format", "sarif", examples, "broken.canvas", "missing.canvas");
        var sarif = cli.Write("out.sarif", output);
        var validation = Path.Combine(cli.Folder, "validation.sarif");
        var process = Process.Start(new ProcessStartInfo(multitool, ["validate", sarif, "-j", Path.Combine(Path.GetDirectoryName(multitool)!, "sarif-2.1.0.json"), "-o", validation, "--log", "ForceOverwrite"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit(120_000).ShouldBeTrue();

        var findings = JObject.Parse(File.ReadAllText(validation))["runs"]![0]!["results"]!;
        var errors = findings.Where(r => (r["level"]?.Value<string>() ?? "warning") == "error").ToList();
        errors.ShouldBeEmpty(log);
    }
}
