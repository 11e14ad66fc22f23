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
        Fix = "Remove the later entry when it repeats the earlier one word for word; references to it move to the earlier one. Entries worded differently are merged by hand.",
    };

    public override void Analyze(RuleContext context)
    {
        var threshold = context.Settings.Number("threshold");
        var duplicates = new List<(EntryReading Later, EntryReading Earlier, double Score)>();
        foreach (var profile in context.Model.OwnProfiles)
        {
            // Entries are compared within their area and language only: one pass per group, in written order.
            var byArea = new Dictionary<(CanvasArea, NaturalLanguage), List<EntryReading>>();
            foreach (var r in ProfileReading.Read(context.Model, profile))
            {
                if (r.Language.IsRead() && r.Reading.StemSetIn(r.Language).Count >= 2)
                {
                    var key = (r.Entry.Area, r.Language);
                    (byArea.TryGetValue(key, out var list) ? list : byArea[key] = []).Add(r);
                }
            }

            foreach (var group in byArea.Values)
            {
                Find(group, threshold, duplicates);
            }
        }

        if (duplicates.Count == 0)
        {
            return;
        }

        var referencesTo = ReferencesTo(context.Model, duplicates);
        foreach (var (later, earlier, score) in duplicates)
        {
            Report(context, earlier, later, score, referencesTo[later.Entry.Ordinal] ?? []);
        }
    }

    /// <summary>The names in this file that refer to each later duplicate, by entry ordinal (other entries: null).</summary>
    private static List<NameSyntax>?[] ReferencesTo(SemanticModel model, List<(EntryReading Later, EntryReading Earlier, double Score)> duplicates)
    {
        var size = 0;
        foreach (var (later, _, _) in duplicates)
        {
            size = Math.Max(size, later.Entry.Ordinal + 1);
        }

        var references = new List<NameSyntax>?[size];
        foreach (var (later, _, _) in duplicates)
        {
            references[later.Entry.Ordinal] = [];
        }

        foreach (var (name, symbol) in model.ResolvedNames)
        {
            if (symbol.Target is Entry target && target.Ordinal < size && references[target.Ordinal] is { } list)
            {
                list.Add(name);
            }
        }

        return references;
    }

    /// <summary>Each entry of <paramref name="group"/> that repeats an earlier one, with the earlier one it repeats best.</summary>
    private static void Find(List<EntryReading> group, double threshold, List<(EntryReading Later, EntryReading Earlier, double Score)> duplicates)
    {
        // Candidates come from an index of stems, so unrelated entries are never compared. A stem shared
        // by very many entries is no evidence of duplication: skipping it keeps the comparisons bounded
        // (near-linear) on large profiles.
        var byStem = new StemIndex(CommonStemLimit, group.Count);
        var visited = new int[group.Count];
        for (var k = 0; k < group.Count; k++)
        {
            var later = group[k];
            var stems = later.Reading.StemSetIn(later.Language);
            var best = -1;
            var bestScore = 0.0;
            foreach (var stem in stems.Stems)
            {
                foreach (var i in byStem.Find(stem))
                {
                    // Each candidate once per entry (visited holds the entry index + 1 that last saw it).
                    if (visited[i] == k + 1)
                    {
                        continue;
                    }

                    visited[i] = k + 1;
                    var other = group[i].Reading.StemSetIn(group[i].Language);
                    var shared = other.Shared(stems);
                    var score = 2.0 * shared / (other.Count + stems.Count);
                    if (score >= threshold && FewDifferences(other.Count, stems.Count, shared)
                        && (best < 0 || score > bestScore || (score == bestScore && group[i].Entry.Span.Start < group[best].Entry.Span.Start)))
                    {
                        best = i;
                        bestScore = score;
                    }
                }
            }

            if (best >= 0)
            {
                duplicates.Add((later, group[best], bestScore));
            }

            foreach (var stem in stems.Stems)
            {
                byStem.Add(stem, k);
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

    private static readonly ReadingMemo<string> EarlierEntry = new();

    // The message changes only when the earlier entry, its label or the score does: remembered on the later text.
    private static readonly ReadingMemo<string> Message = new();

    private readonly record struct MessageKey(TextReading Earlier, string? Id, string Keyword, double Score, System.Globalization.CultureInfo Culture);

    private static void Report(RuleContext context, EntryReading earlier, EntryReading later, double score, List<NameSyntax> references)
    {
        var fix = RemoveLater(context, earlier.Entry, later.Entry, references);
        var key = new MessageKey(earlier.Reading, earlier.Entry.Id, earlier.Entry.Syntax.Keyword.Text, score, System.Globalization.CultureInfo.CurrentCulture);
        var message = later.Reading.Remember(Message, key, (r, k) => $"{r.Quoted} says nearly the same as {earlier.Entry.Label} ({k.Score:P0} alike): merge them into one entry");
        context.Report(
            later.Span,
            message,
            fix is null ? default : ImmutableArray.Create(fix),
            ImmutableArray.Create(context.Related(earlier.Entry.Location, earlier.Reading.Remember(EarlierEntry, r => $"the earlier entry: {r.Quoted}"))));
    }

    /// <summary>Deletes the later entry and points its references in this file at the earlier one; null when they cannot move.</summary>
    private static CodeFix? RemoveLater(RuleContext context, Entry earlier, Entry later, List<NameSyntax> references)
    {
        // Deleting an entry worded differently would lose its words: merging them is the writer's call.
        if (!string.Equals(earlier.Text.Trim(), later.Text.Trim(), StringComparison.Ordinal))
        {
            return null;
        }

        var delete = EntryEdits.Delete(context.Text, later);
        var moved = 0;
        foreach (var name in references)
        {
            moved += name.Span != later.Syntax.Id?.Span ? 1 : 0;
        }

        if (moved == 0)
        {
            return new CodeFix("Remove duplicate entry", ImmutableArray.Create(delete));
        }

        if (earlier.Id is null)
        {
            return null;
        }

        var edits = ImmutableArray.CreateBuilder<TextEdit>(moved + 1);
        edits.Add(delete);
        foreach (var name in references)
        {
            if (name.Span != later.Syntax.Id?.Span)
            {
                edits.Add(new TextEdit(name.Span, earlier.Id));
            }
        }

        return new CodeFix($"Remove duplicate entry (references move to `{earlier.Id}`)", edits.MoveToImmutable());
    }
}
