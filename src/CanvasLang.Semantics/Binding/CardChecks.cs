using System.Collections.Frozen;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Binding;

/// <summary>CV008 on test cards, learning cards, interviews and assumptions: fields given twice, dates that do not exist, priority 0, what was heard without its kind.</summary>
internal static class CardChecks
{
    public static void CheckTest(TestCard test, BinderDiagnostics diagnostics) => Check(test.Syntax.Fields, diagnostics, "test card");

    public static void CheckLearning(LearningCard learning, BinderDiagnostics diagnostics) =>
        Check(learning.Syntax.Fields, diagnostics, "learning card");

    /// <summary>`who` and `date` once, a real date, and `heard` followed by job, pain or gain.</summary>
    public static void CheckInterview(Interview interview, BinderDiagnostics diagnostics)
    {
        Check(interview.Syntax.Fields, diagnostics, "interview");
        var kinds = LanguageTable.InterviewFields.First(f => f.Keyword == "heard").Words;
        foreach (var heard in interview.Syntax.Fields.Where(f => f.Keyword.Text == "heard" && f.Value is not null))
        {
            if (!kinds.Contains(heard.Value!.Text))
            {
                diagnostics.BadValue(heard.Value.Span, $"`heard {heard.Value.Text}`: say what was heard as a job, a pain or a gain (`heard pain \"…\"`)");
            }
        }
    }

    public static void CheckPositioning(Positioning positioning, BinderDiagnostics diagnostics) => Check(positioning.Syntax.Fields, diagnostics, "positioning statement");

    public static void CheckEmpathyMap(EmpathyMap map, BinderDiagnostics diagnostics) => Check(map.Syntax.Fields, diagnostics, "empathy map", LanguageTable.EmpathyMapFields);

    public static void CheckFitStage(FitStage fit, BinderDiagnostics diagnostics) => Check(fit.Syntax.Fields, diagnostics, "fit stage", LanguageTable.FitFields);

    public static void CheckAssumption(Assumption assumption, BinderDiagnostics diagnostics) => Check(assumption.Syntax.Fields, diagnostics, "assumption");

    // Fields the table marks as repeating (one item each) may come again; any other field is given once.
    private static readonly FrozenSet<string> Repeating = LanguageTable.AllFields().Where(f => f.Repeats).Select(f => f.Keyword).ToFrozenSet(StringComparer.Ordinal);

    // A word may repeat in one block and not in another (`goal`: a persona's goals, an empathy map's one goal).
    private static void Check(IEnumerable<FieldSyntax> fields, BinderDiagnostics diagnostics, string card, IReadOnlyList<AttributeSpec> own) =>
        Check(fields, diagnostics, card, own.Where(f => f.Repeats).Select(f => f.Keyword).ToHashSet(StringComparer.Ordinal));

    private static void Check(IEnumerable<FieldSyntax> fields, BinderDiagnostics diagnostics, string card, IReadOnlySet<string>? repeating = null)
    {
        repeating ??= Repeating;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var keyword = field.Keyword.Text;
            if (!repeating.Contains(keyword) && !seen.Add(keyword))
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
