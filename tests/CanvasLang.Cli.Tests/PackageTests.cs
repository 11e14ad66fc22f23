using System.Xml.Linq;

namespace CanvasLang.Cli.Tests;

/// <summary>The .NET tool package carries the README, so `dotnet pack` does not warn and nuget.org shows it.</summary>
public sealed class PackageTests
{
    [Fact]
    public void The_tool_package_packs_the_readme_it_names()
    {
        var root = CliRunner.RepoRoot();
        var project = XDocument.Load(Path.Combine(root, "src", "CanvasLang.Cli", "CanvasLang.Cli.csproj"));

        var readme = project.Descendants("PackageReadmeFile").ShouldHaveSingleItem().Value;
        readme.ShouldBe("README.md");
        project.Descendants("None").ShouldContain(n =>
            (string?)n.Attribute("Include") == "$(RepoRoot)README.md" && (string?)n.Attribute("Pack") == "true" && (string?)n.Attribute("PackagePath") == "/");
        File.Exists(Path.Combine(root, readme)).ShouldBeTrue();
    }
}
