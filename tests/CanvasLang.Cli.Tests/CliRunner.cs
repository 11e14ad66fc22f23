namespace CanvasLang.Cli.Tests;

/// <summary>Runs the CLI in-process in a scratch folder and captures its output and exit code.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Folder = Directory.CreateTempSubdirectory("canvaslang-cli-").FullName;
    }

    public string Folder { get; }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CanvasLang.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CanvasLang.sln not found above the test folder.");
    }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        lock (Gate)
        {
            // Read inside the lock: outside it, another run's scratch folder (deleted when that test
            // ends) could be taken for the directory to return to.
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(Folder);
            try
            {
                var exit = CanvasCli.Run(args, stdout, stderr);
                return (exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    // The working directory is process-wide: runs take turns.
    private static readonly object Gate = new();
}
