using CanvasLang.Cli.Commands;

namespace CanvasLang.Cli.Tests;

/// <summary>`render` of a file with syntax errors says so: on stderr, in a banner in the picture, and by its exit code.</summary>
public sealed class RenderBrokenFileTests : IDisposable
{
    // The closing quote is missing: without a word, the pain would read "… emails severity extreme".
    private const string Broken = """
        segment clinics "Dental clinics with 2 to 5 chairs"

        profile clinics {
          pain reminders "Patients ignore the awkward reminder emails severity extreme
          pain no_shows "One patient in ten misses the appointment" severity high
        }
        """;

    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Stderr_names_the_errors_and_the_exit_code_is_1()
    {
        cli.Write("broken.canvas", Broken);

        var (exit, output, errors) = cli.Run("render", "broken.canvas", "--format", "svg");

        exit.ShouldBe(1);
        errors.ShouldContain("broken.canvas:4:");
        errors.ShouldContain("error CV001 syntax");
        errors.ShouldContain("--force");
        output.ShouldContain("role=\"alert\"");
    }

    [Fact]
    public void Force_draws_it_and_exits_0_with_the_banner_kept()
    {
        cli.Write("broken.canvas", Broken);

        var (exit, output, errors) = cli.Run("render", "broken.canvas", "--format", "html", "--force");

        exit.ShouldBe(0);
        errors.ShouldContain("error CV001 syntax");
        output.ShouldContain("This file has a syntax error");
        output.ShouldContain("line 4, column");
    }

    [Fact]
    public void A_clean_file_says_nothing_on_stderr()
    {
        cli.Write("ok.canvas", "segment s \"Night-shift nurses\"\nprofile s {\n  pain p \"The canteen closes at 22:00\"\n}\n");

        var (exit, output, errors) = cli.Run("render", "ok.canvas");

        exit.ShouldBe(0);
        errors.ShouldBeEmpty();
        output.ShouldNotContain("role=\"alert\"");
    }
}
