using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace CanvasLang.Syntax.Parsing;

/// <summary>
/// ANTLR's recovery (single-token insertion/deletion, resynchronisation at loops), with every
/// report rewritten by <see cref="SyntaxErrorWording"/> and handed to <see cref="SyntaxErrorSink"/>.
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
        var message = SyntaxErrorWording.Explain(recognizer, recognizer.Context, offending, expected);
        sink.Add(offending, message, (ITokenStream)recognizer.InputStream);
    }

    private new IntervalSet GetExpectedTokens(Parser recognizer) => recognizer.GetExpectedTokens();
}

/// <summary>Collects syntax errors as (offset, length, message), keeping one per line so that one mistake never cascades.</summary>
internal sealed class SyntaxErrorSink
{
    public const int MaxErrors = 100;

    private readonly List<(int Start, int Length, string Message)> errors = [];
    private readonly HashSet<int> linesWithErrors = [];

    public IReadOnlyList<(int Start, int Length, string Message)> Errors => errors;

    public int Dropped { get; private set; }

    public void Add(IToken offending, string message, ITokenStream tokens)
    {
        int start, length, line;
        if (offending.Type == TokenConstants.EOF)
        {
            // Point at the end of the last real token, where the missing text belongs.
            var previous = LastRealToken(tokens, offending.TokenIndex);
            start = previous is null ? 0 : previous.StopIndex + 1;
            length = 0;
            line = previous?.Line ?? 1;
        }
        else
        {
            start = offending.StartIndex;
            length = Math.Max(0, offending.StopIndex - offending.StartIndex + 1);
            line = offending.Line;
        }

        AddAt(start, length, line, message);
    }

    public void AddAt(int start, int length, int line, string message)
    {
        if (!linesWithErrors.Add(line))
        {
            return;
        }

        if (errors.Count >= MaxErrors)
        {
            Dropped++;
            return;
        }

        errors.Add((start, length, message));
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
