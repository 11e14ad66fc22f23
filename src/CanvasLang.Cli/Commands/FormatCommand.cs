using System.CommandLine;
using System.Text;
using CanvasLang.Cli.Inputs;
using CanvasLang.EditorServices.Formatting;
using CanvasLang.Semantics.Binding;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Cli.Commands;

/// <summary>`canvaslang fmt`: the language server's formatter from the command line; print, --check or --write.</summary>
public static class FormatCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Canvas files, folders (searched for *.canvas) or globs.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that would change and exit 1 if any." };
        var write = new Option<bool>("--write", "-w") { Description = "Rewrite the files in place (atomically)." };
        var command = new Command("fmt", "Format canvases in the one canonical layout, keeping every comment, byte order mark and line endings. Without --check or --write, prints the result (of one file).")
        {
            paths, check, write,
        };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(check), result.GetValue(write),
            Directory.GetCurrentDirectory(), stdout, stderr));
        return command;
    }

    public static int Run(string[] arguments, bool check, bool write, string workingDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (check && write)
        {
            stderr.WriteLine("canvaslang: use either --check or --write, not both");
            return CanvasCli.UsageError;
        }

        var inputs = InputExpansion.Expand(arguments, workingDirectory);
        if (inputs.Count == 0)
        {
            stderr.WriteLine("canvaslang: no .canvas files found in the given paths");
            return CanvasCli.UsageError;
        }

        // Printed back to back, several files could not be told apart or pasted back.
        var readable = inputs.Count(i => i.Problem is null);
        if (!check && !write && readable > 1)
        {
            stderr.WriteLine($"canvaslang: fmt prints a single file; for these {readable} files use --check (list the files that are not formatted) or --write (format them in place)");
            return CanvasCli.UsageError;
        }

        var failed = false;
        var unreadable = false;
        var changed = new List<string>();
        foreach (var input in inputs)
        {
            var display = Display(input.Path, workingDirectory);
            if (input.Problem is not null)
            {
                stderr.WriteLine($"canvaslang: {display}: {input.Problem}");
                unreadable = true;
                continue;
            }

            var load = DocumentReader.Read(input.Path);
            if (load.Tree is not { } tree)
            {
                stderr.WriteLine($"canvaslang: {display}: cannot read this file: {load.Error}");
                unreadable = true;
                continue;
            }

            if (tree.IsForeignFormat)
            {
                stderr.WriteLine($"{display}: not CanvasLang (a JSON Canvas file?), left alone");
                continue;
            }

            if (!CanvasFormatter.TryFormat(tree, out var formatted))
            {
                stderr.WriteLine($"{display}: not formatted: fix the syntax errors first (`canvaslang lint {display}`)");
                failed = true;
                continue;
            }

            var original = tree.Text.Text;
            if (check || write)
            {
                if (formatted == original)
                {
                    continue;
                }

                changed.Add(display);
                if (write && !WriteAtomically(input.Path, tree, formatted, display, stderr))
                {
                    failed = true;
                }
            }
            else
            {
                stdout.Write(formatted);
            }
        }

        if (check)
        {
            foreach (var file in changed)
            {
                stdout.WriteLine(file);
            }

            if (changed.Count > 0)
            {
                stderr.WriteLine($"canvaslang: {changed.Count} file{(changed.Count == 1 ? " is" : "s are")} not formatted; run `canvaslang fmt --write`");
            }

            return unreadable ? CanvasCli.UsageError : changed.Count > 0 || failed ? 1 : 0;
        }

        if (write)
        {
            foreach (var file in changed)
            {
                stdout.WriteLine($"formatted {file}");
            }
        }

        // Inputs that could not be read exit 2, as in lint: the run did not do what was asked.
        return unreadable ? CanvasCli.UsageError : failed ? 1 : 0;
    }

    /// <summary>Re-parses the result and checks it keeps every entry and comment, then replaces the file through a temp file and a rename.</summary>
    private static bool WriteAtomically(string path, SyntaxTree original, string formatted, string display, TextWriter stderr)
    {
        if (FormattingCheck.Difference(original, SyntaxTree.Parse(formatted, path)) is { } difference)
        {
            stderr.WriteLine($"{display}: not written: the formatted text would not keep the content ({difference}); please report this");
            return false;
        }

        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // The reader drops a byte order mark; a file that had one keeps it (line endings are kept by the formatter).
            File.WriteAllText(temp, formatted, StartsWithBom(path) ? Utf8WithBom : Utf8NoBom);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            }

            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{display}: not written: {DocumentReader.Describe(e)}");
            TryDelete(temp);
            return false;
        }
    }

    private static bool StartsWithBom(string path)
    {
        Span<byte> head = stackalloc byte[3];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, 3, throwOnEndOfStream: false) == 3 && head.SequenceEqual(Utf8WithBom.Preamble);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stray temp file is better than a masked write error.
        }
    }

    internal static string Display(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
