using CanvasLang.Semantics.Model;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Completion;

/// <summary>
/// The jobs, pains or gains a serves/relieves/creates list can name. A profile may hold thousands:
/// the typed word filters them first and the list is capped, so only the items sent are built.
/// </summary>
internal static class ReferenceCompletion
{
    /// <summary>Rank: 1–5 by level (5: none) when not yet addressed, 11–15 when addressed; ties in written order. As sort text: the two digits, then the position.</summary>
    private readonly record struct Candidate(Entry Entry, int Position, bool Addressed, int Rank)
    {
        public string SortText => $"{Rank:D2}{Position:D5}";
    }

    public static CompletionResult Complete(CompletionContext context, SemanticModel model, string keyword, TextSpan replace, string typed, int max)
    {
        var target = LanguageTable.Attribute(keyword)!.Targets[0];
        var area = Entry.AreaOf(target);
        var (kind, verb) = target switch
        {
            EntryKind.Job => (CompletionKind.Job, "served"),
            EntryKind.Pain => (CompletionKind.Pain, "relieved"),
            _ => (CompletionKind.Gain, "created"),
        };
        if (context.BlockName is not { } segment || model.ProfileOf(segment) is not { } profile)
        {
            return CompletionResult.Empty;
        }

        var already = context.ReferencedInEntry.ToHashSet(StringComparer.Ordinal);

        // Ranked as before filtering existed: not yet addressed first, then by level (severity,
        // importance, relevance; unranked last), then in written order among all candidates.
        var candidates = profile.Entries
            .Where(e => e.Area == area && e.Id is { } id && !already.Contains(id))
            .Select((e, position) =>
            {
                var addressed = HasAddressers(model, e);
                return new Candidate(e, position, addressed, (addressed ? 10 : 0) + (e.Level ?? 5));
            });
        var kept = CompletionFilter.Keep(
            candidates,
            c => CompletionFilter.Score(typed, c.Entry.Id!, c.Entry.Text),
            (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Position.CompareTo(b.Position),
            max,
            out var capped);
        return new CompletionResult([.. kept.Select(c => Item(c, model, kind, verb, segment, replace))], capped);
    }

    private static CompletionItem Item(Candidate candidate, SemanticModel model, CompletionKind kind, string verb, string segment, TextSpan replace)
    {
        var e = candidate.Entry;
        var level = e.LevelAttribute is { } a ? $"{a.Keyword.Text} {a.Value?.Text}" : "unranked";
        var addressedBy = candidate.Addressed
            ? $" · already {verb} by {string.Join(", ", model.AddressersOf(e).Where(x => x.Area != CanvasArea.Jobs).Select(x => x.Id ?? x.Syntax.Keyword.Text))}"
            : string.Empty;
        return new CompletionItem(e.Id!, kind, e.Id!, replace)
        {
            Detail = $"{e.KindLabel} · {level}{addressedBy}",
            Description = Entry.Shorten(e.Text, 60),
            DocumentationKey = CompletionDocumentation.EntryKey(segment, e.Id!),
            FilterWords = e.Text,
            SortText = candidate.SortText,
            Preselect = candidate.Position == 0 && !candidate.Addressed,
        };
    }

    private static bool HasAddressers(SemanticModel model, Entry entry)
    {
        foreach (var addresser in model.AddressersOf(entry))
        {
            if (addresser.Area != CanvasArea.Jobs)
            {
                return true;
            }
        }

        return false;
    }
}
