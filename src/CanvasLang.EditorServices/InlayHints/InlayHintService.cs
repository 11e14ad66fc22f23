using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.InlayHints;

/// <summary>A hint shown after <see cref="Offset"/>; <see cref="Tooltip"/> has the full text.</summary>
public sealed record InlayHint(int Offset, string Label, string Tooltip);

/// <summary>After each id in serves/relieves/creates, the referenced entry's text, truncated, so a value map reads without jumping.</summary>
public static class InlayHintService
{
    public const int MaxLength = 32;

    public static ImmutableArray<InlayHint> Hints(SemanticModel model, TextSpan range)
    {
        var hints = new List<InlayHint>();
        foreach (var valueMap in model.OwnValueMaps.Where(v => v.Syntax.Span.OverlapsWith(range) || range.Length == 0))
        {
            foreach (var entry in valueMap.Entries)
            {
                foreach (var reference in entry.References.Where(r => range.Contains(r.Span.Start) || r.Span.Start == range.End))
                {
                    if (model.ResolvedNames.GetValueOrDefault(reference)?.Target is Entry target && target.IsProfileEntry)
                    {
                        hints.Add(new InlayHint(reference.Span.End, " " + Entry.Shorten(target.Text, MaxLength), $"{target.KindLabel} `{target.Id}`: {target.Text}"));
                    }
                }
            }
        }

        return [.. hints];
    }
}
