using System.Text;
using CanvasLang.Semantics.Language;
using CanvasLang.Semantics.Model;
using CanvasLang.Semantics.Rules.Profile;
using CanvasLang.Syntax;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// CV614: a pain or gain of an empathy map that the customer profile of its segment does not have:
/// no pain (gain) of the profile shares a content word with it. The map has then found something the
/// canvas misses; the fix adds it to the profile.
/// </summary>
public sealed class EmpathyEntryNotInProfileRule : CanvasRule
{
    public override RuleDescriptor Descriptor { get; } = new("CV614", "empathy-entry-not-in-profile", DiagnosticSeverity.Info,
        "A pain or gain of an empathy map that no pain or gain of its segment's customer profile talks about.")
    {
        Fix = "Add the map's pain or gain to the profile, as a new entry after the profile's last pain (gain), with the map's words.",
        ReadsWords = true,
        IsHeuristic = true,
    };

    public override void Analyze(RuleContext context)
    {
        var model = context.Model;

        // Every map item that can be compared, then one pass over each profile area per language.
        var items = new List<(EmpathyMap Map, Model.Profile Profile, CanvasArea Area, string Keyword, FieldSyntax Item, NaturalLanguage Language, StemSet Stems)>();
        foreach (var map in model.OwnEmpathyMaps)
        {
            // No profile: nothing to compare with (a persona without one is CV603's to say).
            if (map.SegmentNameIn(model) is not { } segment || model.ProfileOf(segment) is not { } profile)
            {
                continue;
            }

            foreach (var (section, area, keyword) in new[] { ("pains", CanvasArea.Pains, "pain"), ("gains", CanvasArea.Gains, "gain") })
            {
                foreach (var item in map.Items(section))
                {
                    var text = item.Text!.Value;
                    if (!string.IsNullOrWhiteSpace(text) && EmpathyReading.LanguageOf(model, text) is { } language)
                    {
                        items.Add((map, profile, area, keyword, item, language, model.Readings.Of(text).StemSetIn(language)));
                    }
                }
            }
        }

        foreach (var group in items.GroupBy(i => (i.Profile.SegmentName, i.Area, i.Language)))
        {
            var profile = group.First().Profile;
            var entries = profile.Entries.Where(e => e.Area == group.Key.Area).ToList();
            var shared = ProfileVocabulary.Shared(entries, group.Key.Language, group.Select(i => i.Stems));
            foreach (var (map, _, _, keyword, item, _, stems) in group)
            {
                if (stems.Stems.Any(shared.Contains))
                {
                    continue;
                }

                var fix = Fix(context, map, profile, entries, keyword, item);
                context.Report(item.Text!.Span,
                    $"{EmpathyReading.Title(map)} has the {keyword} {model.Readings.Of(item.Text.Value).Quoted}, and no {keyword} of the profile of `{profile.SegmentName}` talks about it: " +
                    $"if the map is right, the canvas misses it; add it to the profile (and see whether the value map answers it)",
                    fixes: fix is null ? default : [fix]);
            }
        }
    }

    // Only a profile of this file can be edited with the map; the entry goes after the last of its kind.
    private static CodeFix? Fix(RuleContext context, EmpathyMap map, Model.Profile profile, List<Entry> entries, string keyword, FieldSyntax item)
    {
        if (profile.Location.Path != map.Location.Path || profile.Syntax.CloseBrace is null)
        {
            return null;
        }

        var id = NewId(context.Model, context.Model.Readings.Of(item.Text!.Value), keyword);
        var line = $"{keyword} {id} \"{context.Text.Text[item.Text.ContentSpan.Start..item.Text.ContentSpan.End]}\"";
        var edit = entries.Count > 0 ? EntryEdits.InsertAfter(context.Text, entries[^1].Span, [line]) : EntryEdits.InsertAtEnd(context.Text, profile.Syntax, [line]);
        return new CodeFix($"Add {keyword} `{id}` to the profile of `{profile.SegmentName}`", [edit]) { IsMechanical = false };
    }

    /// <summary>An id from the text's first two content words ("missing_train"), made unique in the scope.</summary>
    private static string NewId(SemanticModel model, TextReading text, string keyword)
    {
        var words = text.Words.Where(w => !w.IsNumeric && TextSimilarity.IsContent(w) && w.Text.All(c => c is >= 'a' and <= 'z')).Take(2).Select(w => w.Text).ToList();
        var stem = words.Count > 0 ? string.Join('_', words) : keyword;
        var id = stem;
        for (var n = 2; model.Symbols.ContainsKey(id) || !SyntaxFacts.IsIdentifier(id); n++)
        {
            id = $"{stem}_{n}";
        }

        return id;
    }
}
