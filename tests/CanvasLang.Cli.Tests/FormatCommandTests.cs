using CanvasLang.Cli;

namespace CanvasLang.Cli.Tests;

public sealed class FormatCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("canvaslang-fmt-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Runs `fmt` in-process against the temp folder (no process-wide current directory, so tests can run in parallel).</summary>
    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var paths = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var code = Commands.FormatCommand.Run(paths, args.Contains("--check"), args.Contains("--write"), folder, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Check_lists_files_that_would_change_and_exits_1()
    {
        Write("messy.canvas", "title   \"T\"\nprofile s{job \"j\"}\n");
        Write("clean.canvas", "title \"T\"\n");
        var (code, output, _) = Run("fmt", "--check", ".");
        code.ShouldBe(1);
        output.Trim().ShouldBe("messy.canvas");
        File.ReadAllText(Path.Combine(folder, "messy.canvas")).ShouldBe("title   \"T\"\nprofile s{job \"j\"}\n");
    }

    [Fact]
    public void Check_passes_on_formatted_files()
    {
        Write("clean.canvas", "title \"T\"\n");
        Run("fmt", "--check", "clean.canvas").Code.ShouldBe(0);
    }

    [Fact]
    public void Write_replaces_the_file_and_leaves_no_temp_file()
    {
        var path = Write("messy.canvas", "// keep me\ntitle   \"T\" /* and me */\nprofile s{job \"j\" // me too\n}\n");
        var (code, output, _) = Run("fmt", "--write", "messy.canvas");
        code.ShouldBe(0);
        output.ShouldContain("formatted messy.canvas");
        File.ReadAllText(path).ShouldBe("// keep me\ntitle \"T\" /* and me */\n\nprofile s {\n  job \"j\" // me too\n}\n");
        Directory.GetFiles(folder).Length.ShouldBe(1);
        Run("fmt", "--check", "messy.canvas").Code.ShouldBe(0);
    }

    [Fact]
    public void Files_with_syntax_errors_are_not_touched()
    {
        var path = Write("broken.canvas", "profile s {\n  job \"unterminated\n}\n");
        var (code, _, error) = Run("fmt", "--write", "broken.canvas");
        code.ShouldBe(1);
        error.ShouldContain("syntax errors");
        File.ReadAllText(path).ShouldBe("profile s {\n  job \"unterminated\n}\n");
    }

    [Fact]
    public void Without_flags_prints_the_formatted_text()
    {
        Write("a.canvas", "title   \"T\"");
        var (code, output, _) = Run("fmt", "a.canvas");
        code.ShouldBe(0);
        output.ShouldBe("title \"T\"\n");
    }

    [Fact]
    public void Write_keeps_a_byte_order_mark_and_crlf_line_endings()
    {
        var path = Path.Combine(folder, "bom.canvas");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("// kept\r\ntitle   \"T\"\r\nprofile s{job \"j\"}\r\n")]);

        Run("fmt", "--write", "bom.canvas").Code.ShouldBe(0);

        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.ShouldBe("// kept\r\ntitle \"T\"\r\n\r\nprofile s {\r\n  job \"j\"\r\n}\r\n");
    }

    [Fact]
    public void Write_adds_no_byte_order_mark()
    {
        var path = Write("plain.canvas", "title   \"T\"\n");
        Run("fmt", "--write", "plain.canvas").Code.ShouldBe(0);
        File.ReadAllBytes(path)[0].ShouldBe((byte)'t');
    }

    [Fact]
    public void Several_files_without_check_or_write_are_refused_with_a_hint()
    {
        Write("a.canvas", "title   \"A\"\n");
        Write("b.canvas", "title   \"B\"\n");

        var (code, output, error) = Run("fmt", ".");

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("--check");
        error.ShouldContain("--write");
        File.ReadAllText(Path.Combine(folder, "a.canvas")).ShouldBe("title   \"A\"\n");
    }

    [Fact]
    public void Check_and_write_together_are_a_usage_error()
    {
        Write("a.canvas", "title \"T\"\n");
        Run("fmt", "--check", "--write", "a.canvas").Code.ShouldBe(2);
    }

    [Fact]
    public void The_examples_folder_passes_check()
    {
        var examples = Path.Combine(RepoRoot(), "examples");
        var stdout = new StringWriter();
        var code = CanvasCli.Run(["fmt", "--check", examples], stdout, new StringWriter());
        stdout.ToString().ShouldBeEmpty();
        code.ShouldBe(0);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CanvasLang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
