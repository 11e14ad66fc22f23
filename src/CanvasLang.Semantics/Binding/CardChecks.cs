using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Binding;

/// <summary>CV008 on test and learning cards: fields given twice, dates that do not exist, priority 0.</summary>
internal static class CardChecks
{
    public static void CheckTest(TestCard test, BinderDiagnostics diagnostics) => Check(test.Syntax.Fields, diagnostics, "test card");

    public static void CheckLearning(LearningCard learning, BinderDiagnostics diagnostics) =>
        Check(learning.Syntax.Fields, diagnostics, "learning card");

    private static void Check(IEnumerable<FieldSyntax> fields, BinderDiagnostics diagnostics, string card)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var keyword = field.Keyword.Text;
            if (!seen.Add(keyword))
            {
                diagnostics.BadValue(field.Span, $"`{keyword}` is given twice on this {card}: keep one");
                continue;
            }

            if (field.Value is not { } value)
            {
                continue;
            }

            switch (keyword)
            {
                case "due" or "date" when !DateOnly.TryParseExact(value.Text, "yyyy-MM-dd", out _):
                    diagnostics.BadValue(value.Span, $"`{value.Text}` is not a date that exists: write a real calendar date as YYYY-MM-DD");
                    break;
                case "priority" when !int.TryParse(value.Text, out var p) || p < 1:
                    diagnostics.BadValue(value.Span, $"`priority {value.Text}` is out of range: priorities start at 1 (the most urgent)");
                    break;
            }
        }
    }
}
