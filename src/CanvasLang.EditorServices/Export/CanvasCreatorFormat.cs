using CanvasLang.Semantics.Analysis;
using CanvasLang.Semantics.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Export;

/// <summary>
/// APIOps Cycles CanvasCreator's import/export JSON (templateId, metadata, sections of sticky notes).
/// Its value proposition template is `apiValuePropositionCanvas`: tasks (jobs), gain-enabling features
/// (creators), pain-relieving features (relievers) and API products (products and services). It has
/// no place for pains and gains, so an export leaves them out and says so.
/// </summary>
public static class CanvasCreatorFormat
{
    public const string TemplateId = "apiValuePropositionCanvas";

    // Section → (area keyword, sticky note colour). The colours are CanvasCreator's own palette.
    private static readonly (string Section, string Kind, string Color)[] Sections =
    [
        ("tasks", "job", "#FFF399"),
        ("gainEnablingFeatures", "creator", "#C0EB6A"),
        ("painRelievingFeatures", "reliever", "#FFAFAF"),
        ("apiProducts", "product", "#7DC9E7"),
    ];

    // Section ids other tools use for the full canvas, read on import as well.
    private static readonly Dictionary<string, string> ExtraSections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["customerJobs"] = "job", ["jobs"] = "job", ["pains"] = "pain", ["customerPains"] = "pain",
        ["gains"] = "gain", ["customerGains"] = "gain", ["productsAndServices"] = "product", ["products"] = "product",
        ["painRelievers"] = "reliever", ["gainCreators"] = "creator",
    };

    public static bool IsCanvasCreator(JObject json) => json["templateId"] is JValue && json["sections"] is JArray;

    /// <summary>One segment's canvas as CanvasCreator JSON, and the warnings for what it cannot hold.</summary>
    public static (string Json, IReadOnlyList<string> Warnings) Export(AnalysisResult analysis, string? segment, DateTimeOffset now)
    {
        var model = analysis.Model;
        var segments = model.OwnProfiles.Select(p => p.SegmentName).Concat(model.OwnValueMaps.Select(v => v.SegmentName)).Distinct().ToList();
        var chosen = segment ?? segments.FirstOrDefault() ?? string.Empty;
        var warnings = new List<string>();
        if (segment is null && segments.Count > 1)
        {
            warnings.Add($"CanvasCreator holds one canvas; exported segment `{chosen}` (use --segment for another of: {string.Join(", ", segments)})");
        }

        var entries = (model.ProfileOf(chosen)?.Entries ?? []).Concat(model.ValueMapOf(chosen)?.Entries ?? []).ToList();
        var dropped = entries.Count(e => e.Area is CanvasArea.Pains or CanvasArea.Gains);
        if (dropped > 0)
        {
            warnings.Add($"CanvasCreator's value proposition template has no pains or gains: {dropped} entries left out");
        }

        var sections = new JArray();
        foreach (var (section, kind, color) in Sections)
        {
            var notes = entries.Where(e => KindOf(e) == kind).Select(e => new JObject { ["content"] = e.Text, ["size"] = 80, ["color"] = color });
            sections.Add(new JObject { ["sectionId"] = section, ["stickyNotes"] = new JArray(notes) });
        }

        var title = analysis.Tree.Declarations.OfType<Syntax.Tree.TitleSyntax>().FirstOrDefault()?.Text?.Value;
        var root = new JObject
        {
            ["templateId"] = TemplateId,
            ["locale"] = "en",
            ["metadata"] = new JObject
            {
                ["source"] = title ?? $"CanvasLang: {chosen}",
                ["license"] = string.Empty,
                ["authors"] = new JArray(),
                ["website"] = string.Empty,
                ["date"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["segment"] = chosen,
            },
            ["sections"] = sections,
        };
        return (root.ToString(Newtonsoft.Json.Formatting.Indented) + "\n", warnings);
    }

    /// <summary>
    /// CanvasCreator JSON → an export document with one segment; notes become entries with generated ids
    /// (j1, p1, r1…). Values of the wrong type are reported into <paramref name="check"/>; properties the
    /// canvas has no place for (sizes, colours, positions) are passed over.
    /// </summary>
    internal static (CanvasDocument? Document, IReadOnlyList<ImportProblem> Warnings) ToDocument(JObject json, string? segmentName, JsonChecker check)
    {
        var warnings = new List<ImportProblem>();
        var template = check.String(json["templateId"]!, "$.templateId", "the CanvasCreator template's id");
        var metadata = json["metadata"] is { } m ? check.Object(m, "$.metadata", "the canvas's metadata") : null;
        string? Meta(string name) => metadata?[name] is { } value ? check.String(value, $"$.metadata.{name}", $"the metadata's {name}") : null;
        var source = Meta("source");
        var recorded = Meta("segment");

        // An explicit name wins; else the segment our own export recorded; else a neutral one.
        var segment = CanvasTextWriter.Name(segmentName ?? (recorded is { Length: > 0 } ? recorded : "imported"));
        var profile = new BlockDocument { Segment = segment };
        var valueMap = new BlockDocument { Segment = segment };
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (item, path) in check.Items(json["sections"]!, "$.sections", "the canvas's sections"))
        {
            if (check.Object(item, path, "a section") is not { } section)
            {
                continue;
            }

            var id = section["sectionId"] is { } sectionId ? check.String(sectionId, $"{path}.sectionId", "the section's id") ?? string.Empty : string.Empty;
            var kind = Sections.FirstOrDefault(s => s.Section == id).Kind ?? ExtraSections.GetValueOrDefault(id);
            var notes = section["stickyNotes"] is { } stickyNotes ? Notes(stickyNotes, $"{path}.stickyNotes", check) : [];
            if (kind is null)
            {
                if (notes.Count > 0)
                {
                    warnings.Add(check.At(section, path, $"section `{id}` of template `{template}` has no place on a value proposition canvas: {notes.Count} notes left out"));
                }

                continue;
            }

            foreach (var content in notes)
            {
                var n = counters[kind] = counters.GetValueOrDefault(kind) + 1;
                var entry = new EntryDocument { Kind = kind, Id = $"{kind[0]}{n}", Text = content };
                (kind is "job" or "pain" or "gain" ? profile : valueMap).Entries.Add(entry);
            }
        }

        if (check.Errors.Count > 0)
        {
            return (null, warnings);
        }

        var document = new CanvasDocument
        {
            Title = source is { Length: > 0 } ? source : null,
            Segments = [new SegmentDocument { Name = segment, Description = $"Imported from CanvasCreator ({template})" }],
        };
        if (profile.Entries.Count > 0)
        {
            document.Profiles.Add(profile);
        }

        if (valueMap.Entries.Count > 0)
        {
            document.ValueMaps.Add(valueMap);
        }

        return (document, warnings);
    }

    /// <summary>The texts of a section's notes, trimmed; empty notes (and a null content) are skipped.</summary>
    private static List<string> Notes(JToken stickyNotes, string path, JsonChecker check)
    {
        var texts = new List<string>();
        foreach (var (item, at) in check.Items(stickyNotes, path, "the section's sticky notes"))
        {
            if (check.Object(item, at, "a sticky note") is { } note && note["content"] is { Type: not JTokenType.Null } content
                && check.String(content, $"{at}.content", "the note's text")?.Trim() is { Length: > 0 } text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    private static string KindOf(Entry e) => e.Area switch
    {
        CanvasArea.Jobs => "job",
        CanvasArea.GainCreators => "creator",
        CanvasArea.PainRelievers => "reliever",
        CanvasArea.ProductsAndServices => "product",
        _ => "other",
    };
}
