using Microsoft.Extensions.FileSystemGlobbing;

namespace CanvasLang.Cli.Inputs;

/// <summary>A canvas to lint, or a path given on the command line that led to nothing.</summary>
public sealed record LintInput(string Path, string? Problem = null);

/// <summary>
/// Files, folders (every *.canvas below, skipping build and tool folders) and globs → the list of
/// files, in a stable order. Unreadable folders are reported, never fatal.
/// </summary>
public static class InputExpansion
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj", ".vs", ".e2e" };

    public static List<LintInput> Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        var result = new List<LintInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var full = Path.GetFullPath(Path.Combine(workingDirectory, argument));
            if (Directory.Exists(full))
            {
                foreach (var file in Walk(full, result))
                {
                    Add(file);
                }
            }
            else if (File.Exists(full) || IsBrokenLink(full))
            {
                Add(full);
            }
            else if (argument.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var matches = Glob(argument, workingDirectory).ToList();
                if (matches.Count == 0)
                {
                    result.Add(new LintInput(argument, $"no file matches `{argument}`"));
                }

                matches.ForEach(Add);
            }
            else
            {
                result.Add(new LintInput(full, "no such file or folder"));
            }
        }

        return result;

        void Add(string file)
        {
            if (seen.Add(file))
            {
                result.Add(new LintInput(file));
            }
        }
    }

    private static IEnumerable<string> Glob(string pattern, string workingDirectory)
    {
        var rooted = Path.IsPathRooted(pattern);
        var baseDirectory = rooted ? Path.GetPathRoot(pattern)! : workingDirectory;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rooted ? pattern[baseDirectory.Length..] : pattern);
        return matcher.GetResultsInFullPath(baseDirectory).Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Walk(string folder, List<LintInput> problems)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            try
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(current))
                {
                    var name = Path.GetFileName(entry);
                    if (Directory.Exists(entry))
                    {
                        // Do not follow folder links: they can loop.
                        if (!SkippedFolders.Contains(name) && new DirectoryInfo(entry).LinkTarget is null)
                        {
                            pending.Push(entry);
                        }
                    }
                    else if (name.EndsWith(".canvas", StringComparison.OrdinalIgnoreCase))
                    {
                        files.Add(entry);
                    }
                }
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                problems.Add(new LintInput(current, $"cannot read this folder: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}"));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsBrokenLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
