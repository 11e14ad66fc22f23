using CanvasLang.Syntax.Parsing;

namespace CanvasLang.Syntax.Tests;

/// <summary>
/// Completion lexes from a declaration's start to the cursor: the input ends there, as if the text were
/// cut, without copying it. Every cut point must give exactly the tokens of the cut text.
/// </summary>
public class CanvasTokensTests
{
    private const string Sample = "segment s \"Riders\" // who rides\nprofile s {\n  pain p \"Wet \U0001F6B2 seat\" severity high /* note */\n  gain g \"Dry\\\" shirt\"\n}\nvaluemap s { reliever r \"Cover\" relieves p, q }\n";

    [Fact]
    public void Lexing_up_to_an_offset_reads_as_the_text_cut_there()
    {
        for (var start = 0; start < Sample.Length; start += 7)
        {
            for (var end = start; end <= Sample.Length; end++)
            {
                CanvasTokens.Lex(Sample, start, end).ShouldBe(CanvasTokens.Lex(Sample[..end], start, end), $"start {start}, end {end}");
            }
        }
    }

    [Fact]
    public void A_text_running_past_the_end_stops_there_unclosed()
    {
        var end = Sample.IndexOf("seat", StringComparison.Ordinal);
        var last = CanvasTokens.Lex(Sample, Sample.IndexOf("pain", StringComparison.Ordinal), end)[^1];
        last.Kind.ShouldBe(TokenKind.String);
        last.End.ShouldBe(end);
        last.Text.ShouldBe("\"Wet \U0001F6B2 ");
    }
}
