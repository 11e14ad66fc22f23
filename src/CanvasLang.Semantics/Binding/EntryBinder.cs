using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Binding;

/// <summary>Reads an entry's attributes into its level, order, role and references, checking each belongs to the entry's kind.</summary>
internal static class EntryBinder
{
    public static Entry Bind(EntrySyntax syntax, string segment, DocumentLocation location, int ordinal, ReadingStore readings, BinderDiagnostics? diagnostics)
    {
        int? level = null;
        int? order = null;
        string? role = null;
        AttributeSyntax? levelAttribute = null;

        // Allocation-free for the usual entry: one reference list is used as it is, and the few
        // attributes an entry has are checked for repeats by a scan rather than a dictionary.
        var references = ImmutableArray<NameSyntax>.Empty;
        ImmutableArray<NameSyntax>.Builder? moreReferences = null;
        var heardIn = ImmutableArray<NameSyntax>.Empty;
        for (var index = 0; index < syntax.Attributes.Length; index++)
        {
            var attribute = syntax.Attributes[index];
            var keyword = attribute.Keyword.Text;
            var spec = LanguageTable.Entry(syntax.Kind);
            if (!Taken(syntax, attribute, spec, diagnostics))
            {
                continue;
            }

            // Repeating a reference list is harmless (`serves a serves b`); repeating a value is ambiguous.
            var isReference = LanguageTable.Attribute(keyword)!.IsReference;
            if (keyword == "heard")
            {
                heardIn = heardIn.AddRange(attribute.References);
                continue;
            }

            if (!isReference && Repeated(syntax, index, diagnostics))
            {
                continue;
            }

            switch (keyword)
            {
                case var _ when LanguageTable.LevelAttributes.Contains(keyword) && attribute.Value is { } value:
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
                case var _ when isReference && references.IsEmpty && moreReferences is null:
                    references = attribute.References;
                    break;
                case var _ when isReference:
                    moreReferences ??= references.ToBuilder();
                    moreReferences.AddRange(attribute.References);
                    break;
            }
        }

        return new Entry
        {
            Syntax = syntax,
            Readings = readings,
            SegmentName = segment,
            Location = location,
            Ordinal = ordinal,
            Level = level,
            Order = order,
            Role = role,
            LevelAttribute = levelAttribute,
            References = moreReferences?.ToImmutable() ?? references,
            HeardIn = heardIn,
        };
    }

    /// <summary>Whether the entry's kind takes the attribute; when not, reports it (CV008) for the caller to skip.</summary>
    internal static bool Taken(EntrySyntax syntax, AttributeSyntax attribute, EntrySpec spec, BinderDiagnostics? diagnostics)
    {
        if (spec.Takes(attribute.Keyword.Text))
        {
            return true;
        }

        diagnostics?.Syntax(attribute.Keyword.Span, $"`{attribute.Keyword.Text}` is not an attribute of {Article.With(syntax.Keyword.Text)}: {AllowedList(spec)}");
        return false;
    }

    /// <summary>Whether a value attribute was given before in the entry; when so, reports it for the caller to skip (the first is kept).</summary>
    internal static bool Repeated(EntrySyntax syntax, int index, BinderDiagnostics? diagnostics)
    {
        if (!GivenBefore(syntax, index))
        {
            return false;
        }

        var attribute = syntax.Attributes[index];
        diagnostics?.BadValue(attribute.Span, $"`{attribute.Keyword.Text}` is given twice for {Describe(syntax)}: keep one");
        return true;
    }

    // An allowed keyword seen earlier was allowed there too: the earlier one is the one kept.
    internal static bool GivenBefore(EntrySyntax syntax, int index)
    {
        var keyword = syntax.Attributes[index].Keyword.Text;
        for (var i = 0; i < index; i++)
        {
            if (syntax.Attributes[i].Keyword.Text == keyword)
            {
                return true;
            }
        }

        return false;
    }

    internal static string Describe(EntrySyntax syntax) =>
        syntax.Id is { } id ? $"`{id.Text}`" : $"this {syntax.Keyword.Text}";

    // "a reliever takes `relieves`, `relevance` and `rank`"; products and services share theirs; "a strength takes only `priority`".
    internal static string AllowedList(EntrySpec spec)
    {
        var who = spec.Kind is EntryKind.Product or EntryKind.Service ? "a product or service" : Article.With(spec.Keyword);
        var names = spec.Attributes.Select(a => $"`{a}`").ToList();
        return names.Count == 1 ? $"{who} takes only {names[0]}" : $"{who} takes {string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
    }
}
