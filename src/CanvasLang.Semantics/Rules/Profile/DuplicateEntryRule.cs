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
            var readings = ProfileReading.Read(context.Model, profile).Where(r => r.IsEnglish && r.Stems.Count >= 2).ToList();
            foreach (var group in readings.GroupBy(r => r.Entry.Area))
            {
                // Candidates come from an index of stems, so unrelated entries are never compared.
                var seen = new List<EntryReading>();
                var byStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                foreach (var later in group)
                {
                    // A stem shared by very many entries is no evidence of duplication: skipping it keeps
                    // the comparisons bounded (near-linear) on large profiles.
                    var candidates = later.Stems
                        .Select(s => byStem.GetValueOrDefault(s))
                        .Where(list => list is not null && list.Count < CommonStemLimit)
                        .SelectMany(list => list!)
                        .Distinct();
                    var best = candidates
                        .Select(i => (Earlier: seen[i], Score: TextSimilarity.Dice(seen[i].Stems, later.Stems)))
                        .Where(c => c.Score >= threshold && FewDifferences(c.Earlier.Stems, later.Stems))
                        .OrderByDescending(c => c.Score)
                        .ThenBy(c => c.Earlier.Entry.Span.Start)
                        .FirstOrDefault();
                    if (best.Earlier is { } earlier)
                    {
                        referencesTo ??= context.Model.ResolvedNames.ToLookup(r => r.Value.Target, r => r.Key);
                        Report(context, earlier, later, best.Score, referencesTo);
                    }

                    foreach (var s in later.Stems)
                    {
                        if (!byStem.TryGetValue(s, out var list))
                        {
                            byStem[s] = list = [];
                        }

                        list.Add(seen.Count);
                    }

                    seen.Add(later);
                }
            }
        }
    }

    // Dice is coarse on short entries: "Bread still warm when we get home" and "Kids eat the warm bread
    // on the way home" share 3 of 5 words. Duplicates leave at most a word or two unmatched on each side.
    private static bool FewDifferences(HashSet<string> a, HashSet<string> b)
    {
        var allowed = Math.Max(1, (int)(0.25 * Math.Max(a.Count, b.Count)));
        return a.Count(x => !b.Contains(x)) <= allowed && b.Count(x => !a.Contains(x)) <= allowed;
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
