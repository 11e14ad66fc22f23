using Newtonsoft.Json.Linq;

namespace CanvasLang.Cli.Tests;

/// <summary>The canvases users meet first (the examples, the editor's demo workspace) carry no stale suppression.</summary>
public sealed class BundledCanvasTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Bundled_canvases_have_no_unused_suppression()
    {
        var root = CliRunner.RepoRoot();
        var folders = new[] { Path.Combine(root, "examples"), Path.Combine(root, "editors", "vscode", "test", "e2e", "workspace") };

        var (_, output, _) = cli.Run(["lint", "--format", "json", .. folders]);

        var stale = JObject.Parse(output)["files"]!
            .SelectMany(f => f["diagnostics"]!.Select(d => (Path: (string)f["path"]!, Code: (string)d["code"]!, Message: (string)d["message"]!)))
            .Where(d => d.Code == "CV901")
            .Select(d => $"{d.Path}: {d.Message}");
        stale.ShouldBeEmpty();
    }
}
