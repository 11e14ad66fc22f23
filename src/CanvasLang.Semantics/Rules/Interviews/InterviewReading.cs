using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// What the interview rules read of interviews: those of a segment, where a finding about one
/// points, and how a message names them.
/// </summary>
internal static class InterviewReading
{
    /// <summary>Enough names to point at a few interviews without turning a message into a list.</summary>
    public const int NamesShown = 3;

    /// <summary>
    /// The named interviews of a declared segment, the file's and its imports' (an interview cut short
    /// before its name cannot be cited); none for a segment that is not declared, which is CV007's.
    /// </summary>
    public static List<Interview> Of(SemanticModel model, string segment) =>
        model.Segments.ContainsKey(segment) ? [.. model.InterviewsOf(segment).Where(i => i.Name.Length > 0)] : [];

    /// <summary>The interview's name, or its keyword when a syntax error left it nameless.</summary>
    public static TextSpan Anchor(Interview interview) => interview.Syntax.Name?.Span ?? interview.Syntax.Keyword.Span;

    /// <summary>"interview `platform_tue`", as messages name it.</summary>
    public static string Title(Interview interview) =>
        interview.Syntax.Name is { } name ? $"interview `{name.Text}`" : "this interview";

    /// <summary>"`a`, `b`, `c`, …": the first few names, and an ellipsis when there are more.</summary>
    public static string Names(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(NamesShown).Select(n => $"`{n}`")) + (names.Count > NamesShown ? ", …" : string.Empty);

    /// <summary>The first interviews, linked from a finding that names them.</summary>
    public static IEnumerable<Interview> Shown(IReadOnlyList<Interview> interviews) => interviews.Take(NamesShown);
}
