using System.Collections.Immutable;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules.Profile;

/// <summary>
/// CV110: two entries of the same block that say nearly the same thing, by the Dice overlap of their
/// content stems (word order and inflection do not matter). Reported on the later one, naming the earlier.
/// </summary>
public sealed class DuplicateEntryRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV110", "duplicate-entry", DiagnosticSeverity.Warning,
        "Two entries of the same block that say nearly the same thing, by a text-similarity measure robust to word order and inflection; reported on the later one.")
    {
        Options = [new RuleOption("threshold", RuleOptionType.Number, 0.75, "Similarity at or above which two entries count as duplicates.")],
        ReadsWords = true,
        IsHeuristic = true,
        Fix = "Remove the later entry; references to it move to the earlier one.",
    };

    public override void Analyze(RuleContext context)
    {
        var threshold = context.Settings.Number("threshold");
        ILookup<object, NameSyntax>? referencesTo = null;
        foreach (var profile in context.Model.OwnProfiles)
        {
            // Entries are compared within their area only: one pass per area, in written order.
            var byArea = new Dictionary<CanvasArea, List<EntryReading>>();
            foreach (var r in ProfileReading.Read(context.Model, profile))
            {
                if (r.IsEnglish && r.Stems.Count >= 2)
                {
                    (byArea.TryGetValue(r.Entry.Area, out var list) ? list : byArea[r.Entry.Area] = []).Add(r);
                }
            }

            foreach (var group in byArea.Values)
            {
                foreach (var (later, earlier, score) in Duplicates(group, threshold))
                {
                    referencesTo ??= context.Model.ResolvedNames.ToLookup(r => r.Value.Target, r => r.Key);
                    Report(context, earlier, later, score, referencesTo);
                }
            }
        }
    }

    /// <summary>Each entry of <paramref name="group"/> that repeats an earlier one, with the earlier one it repeats best.</summary>
    private static IEnumerable<(EntryReading Later, EntryReading Earlier, double Score)> Duplicates(List<EntryReading> group, double threshold)
    {
        // Candidates come from an index of stems, so unrelated entries are never compared. A stem shared
        // by very many entries is no evidence of duplication: skipping it keeps the comparisons bounded
        // (near-linear) on large profiles. Lists stop growing at the limit: past it only "too common" matters.
        var byStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var visited = new int[group.Count];
        for (var k = 0; k < group.Count; k++)
        {
            var later = group[k];
            var stems = later.Reading.SortedStems;
            var best = -1;
            var bestScore = 0.0;
            foreach (var stem in stems)
            {
                if (!byStem.TryGetValue(stem, out var list) || list.Count >= CommonStemLimit)
                {
                    continue;
                }

                foreach (var i in list)
                {
                    // Each candidate once per entry (visited holds the entry index + 1 that last saw it).
                    if (visited[i] == k + 1)
                    {
                        continue;
                    }

                    visited[i] = k + 1;
                    var other = group[i].Reading.SortedStems;
                    var shared = TextReading.Shared(other, stems);
                    var score = 2.0 * shared / (other.Length + stems.Length);
                    if (score >= threshold && FewDifferences(other.Length, stems.Length, shared)
                        && (best < 0 || score > bestScore || (score == bestScore && group[i].Entry.Span.Start < group[best].Entry.Span.Start)))
                    {
                        best = i;
                        bestScore = score;
                    }
                }
            }

            if (best >= 0)
            {
                yield return (later, group[best], bestScore);
            }

            foreach (var stem in stems)
            {
                if (!byStem.TryGetValue(stem, out var list))
                {
                    byStem[stem] = list = [];
                }

                if (list.Count < CommonStemLimit)
                {
                    list.Add(k);
                }
            }
        }
    }

    // Dice is coarse on short entries: "Bread still warm when we get home" and "Kids eat the warm bread
    // on the way home" share 3 of 5 words. Duplicates leave at most a word or two unmatched on each side.
    private static bool FewDifferences(int a, int b, int shared)
    {
        var allowed = Math.Max(1, (int)(0.25 * Math.Max(a, b)));
        return a - shared <= allowed && b - shared <= allowed;
    }

    private const int CommonStemLimit = 48;

    private static void Report(RuleContext context, EntryReading earlier, EntryReading later, double score, ILookup<object, NameSyntax> referencesTo)
    {
        var fix = RemoveLater(context, earlier.Entry, later.Entry, referencesTo);
        context.Report(
            later.Span,
            $"{later.Quoted} says nearly the same as {earlier.Entry.Label} ({score:P0} alike): merge them into one entry",
            fix is null ? default : [fix],
            [context.Related(earlier.Entry.Location, $"the earlier entry: {earlier.Quoted}")]);
    }

    /// <summary>Deletes the later entry and points its references in this file at the earlier one; null when they cannot move.</summary>
    private static CodeFix? RemoveLater(RuleContext context, Entry earlier, Entry later, ILookup<object, NameSyntax> referencesTo)
    {
        var references = referencesTo[later].Where(name => name.Span != later.Syntax.Id?.Span).ToList();
        if (references.Count > 0 && earlier.Id is null)
        {
            return null;
        }

        var edits = ImmutableArray.CreateBuilder<TextEdit>();
        edits.Add(EntryEdits.Delete(context.Text, later));
        edits.AddRange(references.Select(r => new TextEdit(r.Span, earlier.Id!)));
        return new CodeFix($"Remove duplicate entry{(references.Count > 0 ? $" (references move to `{earlier.Id}`)" : string.Empty)}", edits.ToImmutable());
    }
}
