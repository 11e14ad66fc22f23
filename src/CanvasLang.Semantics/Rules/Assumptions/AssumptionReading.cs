using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>What the assumption rules read: which assumptions matter, which are still unknown, which tests check them.</summary>
internal static class AssumptionReading
{
    /// <summary>Critical or high (ranks 1 and 2 of the level words).</summary>
    public static bool IsImportant(Assumption assumption) => assumption.Importance is <= 2;

    /// <summary>Medium or low; an assumption with no importance is neither important nor unimportant.</summary>
    public static bool IsUnimportant(Assumption assumption) => assumption.Importance is >= 3;

    /// <summary>No evidence, weak evidence, or none stated.</summary>
    public static bool IsUnknown(Assumption assumption) => assumption.Evidence is null or "none" or "weak";

    /// <summary>The tests in scope whose `tests` name the assumption.</summary>
    public static IEnumerable<TestCard> TestsOf(SemanticModel model, Assumption assumption) =>
        model.Tests.Where(t => t.Tests.Any(n => n.Text == assumption.Name));

    /// <summary>Important, still unknown, and checked by no test: what to test next.</summary>
    public static bool NeedsATest(SemanticModel model, Assumption assumption) =>
        assumption.Name.Length > 0 && IsImportant(assumption) && IsUnknown(assumption) && !TestsOf(model, assumption).Any();

    public static TextSpan Anchor(Assumption assumption) => assumption.Syntax.Name?.Span ?? assumption.Syntax.Keyword.Span;

    /// <summary>"critical, with weak evidence", as messages say it.</summary>
    public static string Standing(Assumption assumption)
    {
        var importance = assumption.Syntax.Fields.FirstOrDefault(f => f.Keyword.Text == "importance")?.Value?.Text ?? "important";
        return assumption.Evidence is { } evidence ? $"{importance}, with {(evidence == "none" ? "no" : evidence)} evidence" : $"{importance}, with no evidence stated";
    }
}
