namespace CanvasLang.Cli.Tests;

/// <summary>Export has no place for comments: it says so instead of dropping them without a word.</summary>
public sealed class ExportCommentsTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    public void Export_says_how_many_comments_are_not_exported(string format)
    {
        cli.Write("c.canvas", "// Interviews of March\nsegment s \"Night-shift nurses\" // 12 interviews\n");

        var (exit, _, errors) = cli.Run("export", "c.canvas", "--format", format);

        exit.ShouldBe(0);
        errors.ShouldContain("2 comments are not exported");
    }

    [Fact]
    public void Without_comments_export_says_nothing()
    {
        cli.Write("c.canvas", "segment s \"Night-shift nurses\"\n");

        cli.Run("export", "c.canvas").Err.ShouldBeEmpty();
    }
}
