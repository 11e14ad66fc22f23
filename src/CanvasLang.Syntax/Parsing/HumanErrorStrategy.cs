using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace CanvasLang.Syntax.Parsing;

/// <summary>
/// ANTLR's recovery (single-token insertion/deletion, resynchronisation at loops) inside one segment
/// (<see cref="Segmenter"/>), with every report rewritten by <see cref="SyntaxErrorWording"/> and handed to <see cref="SyntaxErrorSink"/>.
/// </summary>
internal sealed class HumanErrorStrategy(SyntaxErrorSink sink) : DefaultErrorStrategy
{
    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        Report(recognizer, e.OffendingToken, recognizer.GetExpectedTokens());

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        Report(recognizer, e.OffendingToken, e.GetExpectedTokens() ?? recognizer.GetExpectedTokens());

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        Report(recognizer, e.OffendingToken, recognizer.GetExpectedTokens());

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        Report(recognizer, recognizer.CurrentToken, GetExpectedTokens(recognizer));
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        Report(recognizer, recognizer.CurrentToken, GetExpectedTokens(recognizer));
    }

    private void Report(Parser recognizer, IToken offending, IntervalSet expected)
    {
        var message = SyntaxErrorWording.Explain(recognizer, recognizer.Context, offending, expected, out var blockNameAt);
        sink.Add(offending, message, (ITokenStream)recognizer.InputStream, blockNameAt);
    }

    private new IntervalSet GetExpectedTokens(Parser recognizer) => recognizer.GetExpectedTokens();
}

/// <summary>
/// Collects a parse's syntax errors as they are reported. Which of them are shown (one per line, at
/// most <see cref="MaxErrors"/> per file) is decided once for the whole file, when its segments are put together.
/// </summary>
internal sealed class SyntaxErrorSink
{
    public const int MaxErrors = 100;

    public List<SyntaxProblem> Problems { get; } = [];

    public void Add(IToken offending, string message, ITokenStream tokens, int blockNameAt = -1)
    {
        int start, length;
        if (offending.Type == TokenConstants.EOF)
        {
            // Point at the end of the last real token, where the missing text belongs.
            var previous = LastRealToken(tokens, offending.TokenIndex);
            start = previous is null ? 0 : previous.StopIndex + 1;
            length = 0;
        }
        else
        {
            start = offending.StartIndex;
            length = Math.Max(0, offending.StopIndex - offending.StartIndex + 1);
        }

        Problems.Add(new SyntaxProblem(start, length, message, blockNameAt));
    }

    private static IToken? LastRealToken(ITokenStream tokens, int before)
    {
        for (var i = Math.Min(before, tokens.Size) - 1; i >= 0; i--)
        {
            var t = tokens.Get(i);
            if (t.Channel == TokenConstants.DefaultChannel)
            {
                return t;
            }
        }

        return null;
    }
}
