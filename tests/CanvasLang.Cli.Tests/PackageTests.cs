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

    /// <summary>
    /// docs/tool-packages.md: CanvasLang.Tool lists a Native AOT package per RID and the framework-dependent `any`,
    /// and AOT is on only while packing (builds, tests and `dotnet publish` stay as they were). Installing and
    /// running the packages is tests/ci/tool_install_test.py's part.
    /// </summary>
    [Fact]
    public void The_tool_is_packed_natively_per_runtime_identifier_with_a_framework_dependent_fallback()
    {
        var root = CliRunner.RepoRoot();
        var project = XDocument.Load(Path.Combine(root, "src", "CanvasLang.Cli", "CanvasLang.Cli.csproj"));

        var rids = project.Descendants("ToolPackageRuntimeIdentifiers").ShouldHaveSingleItem().Value.Split(';');
        rids.ShouldContain("linux-x64");
        rids.ShouldBeUnique();
        rids[^1].ShouldBe("any");
        var aot = project.Descendants("PublishAot").ShouldHaveSingleItem();
        aot.Value.ShouldBe("true");
        ((string?)aot.Attribute("Condition") ?? "").ShouldContain("'$(_IsPacking)' == 'true'");
        File.Exists(Path.Combine(root, "tools", "pack-tool.sh")).ShouldBeTrue();
    }
}
