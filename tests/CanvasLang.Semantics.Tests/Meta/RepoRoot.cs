namespace CanvasLang.Semantics.Tests.Meta;

/// <summary>The checkout the tests run from: the folder holding CanvasLang.sln, found by walking up.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CanvasLang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CanvasLang.sln not found above " + AppContext.BaseDirectory);
    }
}
