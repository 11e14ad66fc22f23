namespace CanvasLang.Syntax.Tests;

/// <summary>The complete example of LANGUAGE.md, as the language's first test.</summary>
internal static class SpecExample
{
    public static string Text => File.ReadAllText(Path.Combine(RepoRoot(), "examples", "coffee.canvas"));

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CanvasLang.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CanvasLang.sln not found above the test folder.");
    }
}
