using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Binding;

/// <summary>Reads an entry's attributes into its level, order, role and references, checking each belongs to the entry's kind.</summary>
internal static class EntryBinder
{
    public static Entry Bind(EntrySyntax syntax, string segment, DocumentLocation location, BinderDiagnostics? diagnostics)
    {
        int? level = null;
        int? order = null;
        string? role = null;
        AttributeSyntax? levelAttribute = null;
        var references = new List<NameSyntax>();
        var seen = new Dictionary<string, AttributeSyntax>(StringComparer.Ordinal);
        foreach (var attribute in syntax.Attributes)
        {
            var keyword = attribute.Keyword.Text;
            if (!Allowed(syntax.Kind, keyword))
            {
                diagnostics?.Syntax(attribute.Keyword.Span, $"`{keyword}` is not an attribute of a {syntax.Keyword.Text}: {AllowedList(syntax.Kind)}");
                continue;
            }

            // Repeating a reference list is harmless (`serves a serves b`); repeating a value is ambiguous.
            var isReference = keyword is "serves" or "relieves" or "creates";
            if (!isReference && seen.TryGetValue(keyword, out var first))
            {
                diagnostics?.BadValue(attribute.Span, $"`{keyword}` is given twice for {Describe(syntax)}: keep one");
                continue;
            }

            seen[keyword] = attribute;
            switch (keyword)
            {
                case "importance" or "severity" or "relevance" when attribute.Value is { } value:
                    level = LevelWords.RankOf(value.Text);
                    levelAttribute = attribute;
                    break;
                case "rank" when attribute.Value is { } value:
                    if (int.TryParse(value.Text, out var n) && n >= 1)
                    {
                        order = n;
                    }
                    else
                    {
                        diagnostics?.BadValue(value.Span, $"`rank {value.Text}` is out of range: ranks start at 1 (the most important)");
                    }

                    break;
                case "as" when attribute.Value is { } value:
                    role = value.Text;
                    break;
                case "serves" or "relieves" or "creates":
                    references.AddRange(attribute.References);
                    break;
            }
        }

        return new Entry
        {
            Syntax = syntax,
            SegmentName = segment,
            Location = location,
            Level = level,
            Order = order,
            Role = role,
            LevelAttribute = levelAttribute,
            References = [.. references],
        };
    }

    private static string Describe(EntrySyntax syntax) =>
        syntax.Id is { } id ? $"`{id.Text}`" : $"this {syntax.Keyword.Text}";

    private static bool Allowed(EntryKind kind, string keyword) => (kind, keyword) switch
    {
        (_, "rank") => true,
        (EntryKind.Job, "importance" or "as") => true,
        (EntryKind.Pain, "severity") => true,
        (EntryKind.Gain, "relevance") => true,
        (EntryKind.Product or EntryKind.Service, "serves" or "relevance") => true,
        (EntryKind.Reliever, "relieves" or "relevance") => true,
        (EntryKind.Creator, "creates" or "relevance") => true,
        _ => false,
    };

    private static string AllowedList(EntryKind kind) => kind switch
    {
        EntryKind.Job => "a job takes `importance`, `as` and `rank`",
        EntryKind.Pain => "a pain takes `severity` and `rank`",
        EntryKind.Gain => "a gain takes `relevance` and `rank`",
        EntryKind.Product or EntryKind.Service => "a product or service takes `serves`, `relevance` and `rank`",
        EntryKind.Reliever => "a reliever takes `relieves`, `relevance` and `rank`",
        _ => "a creator takes `creates`, `relevance` and `rank`",
    };
}
