namespace CanvasLang.EditorServices.Tests.Formatting;

/// <summary>The canvases the formatting, rendering and export tests run on: the repository's examples, the real published ones, the spec's example.</summary>
public static class SampleCanvases
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(RepoRoot, "tests", "CanvasLang.EditorServices.Tests", "Rendering", "Fixtures", name);

    /// <summary>examples/*.canvas, /work/shared/examples/real/*.canvas (when present) and the spec's coffee example.</summary>
    public static IEnumerable<string> All()
    {
        var folders = new[] { Path.Combine(RepoRoot, "examples"), Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "examples", "real")) };
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.canvas").Order(StringComparer.Ordinal))
            {
                yield return file;
            }
        }

        yield return Fixture("coffee.canvas");
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in All())
        {
            data.Add(file);
        }

        return data;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CanvasLang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CanvasLang.sln not found above the test folder");
    }
}
