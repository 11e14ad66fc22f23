using System.Collections.Immutable;
using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// The words on each sticky note of a segment's canvas: kind, level and rank in the header, fit
/// badges (profile entries that something addresses are numbered; value-map entries show the
/// numbers they address, ticked), and alerts on severe pains and essential gains left unaddressed.
/// </summary>
internal sealed class NoteContents
{
    private readonly SemanticModel model;
    private readonly Dictionary<Entry, string> keys = [];
    private readonly Dictionary<Entry, int> badges = [];

    public NoteContents(SemanticModel model, string segment)
    {
        this.model = model;
        Segment = segment;
        Profile = model.ProfileOf(segment);
        ValueMap = model.ValueMapOf(segment);
        var entries = (Profile?.Entries ?? []).Concat(ValueMap?.Entries ?? []).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            keys[entries[i]] = $"{segment}-{i}";
        }

        var badge = 1;
        foreach (var entry in Profile?.Entries ?? [])
        {
            if (model.AddressersOf(entry).Length > 0)
            {
                badges[entry] = badge++;
            }
        }
    }

    public string Segment { get; }

    public Profile? Profile { get; }

    public ValueMap? ValueMap { get; }

    public IReadOnlyList<NoteContent> For(CanvasArea area)
    {
        var entries = Profile?.Entries.Where(e => e.Area == area) ?? [];
        entries = entries.Concat(ValueMap?.Entries.Where(e => e.Area == area) ?? []);
        return [.. entries.Select(Note)];
    }

    private NoteContent Note(Entry entry)
    {
        var header = new List<string>();
        var matched = false;
        ImmutableArray<Entry> links;
        if (entry.IsProfileEntry)
        {
            links = model.AddressersOf(entry);
            if (badges.TryGetValue(entry, out var number))
            {
                header.Add($"✓ {number}");
                matched = true;
            }
        }
        else
        {
            links = model.TargetsOf(entry);
            var numbers = links.Where(badges.ContainsKey).Select(t => badges[t]).Distinct().Order().ToList();
            if (numbers.Count > 0)
            {
                header.Add($"✓ → {string.Join(", ", numbers)}");
                matched = true;
            }
        }

        header.Add(entry.Qualifier ?? entry.Syntax.Keyword.Text);
        if (entry.Role is { } role)
        {
            header.Add($"as {role}");
        }

        if (entry.LevelAttribute?.Value?.Text is { } level)
        {
            header.Add(level);
        }

        if (entry.Order is { } order)
        {
            header.Add($"rank {order}");
        }

        var alert = IsUnaddressed(entry);
        if (alert)
        {
            header.Add("⚠ not addressed");
        }

        return new NoteContent(keys[entry], LineOf(entry.Location), StyleOf(entry), string.Join(" · ", header), [entry.Text])
        {
            Links = [.. links.Where(keys.ContainsKey).Select(l => keys[l])],
            Alert = alert,
            Matched = matched,
            Stripe = entry.JobKind,
        };
    }

    /// <summary>Severe pains (extreme, high), essential gains and critical jobs that the value map leaves alone.</summary>
    private bool IsUnaddressed(Entry entry)
    {
        if (ValueMap is null || entry.Level is not { } level)
        {
            return false;
        }

        var (needed, answeredBy) = entry.Area switch
        {
            CanvasArea.Pains => (level <= 2, CanvasArea.PainRelievers),
            CanvasArea.Gains => (level == 1, CanvasArea.GainCreators),
            CanvasArea.Jobs => (level == 1, CanvasArea.ProductsAndServices),
            _ => (false, CanvasArea.Jobs),
        };
        return needed && !model.AddressersOf(entry).Any(a => a.Area == answeredBy);
    }

    private static string StyleOf(Entry entry) => entry.Area switch
    {
        CanvasArea.Jobs => "job",
        CanvasArea.Pains => "pain",
        CanvasArea.Gains => "gain",
        CanvasArea.ProductsAndServices => "offer",
        CanvasArea.PainRelievers => "reliever",
        _ => "creator",
    };

    public static int LineOf(DocumentLocation location) => location.Text.GetPosition(location.Span.Start).Line;

    public static int LineOf(SourceText text, TextSpan span) => text.GetPosition(span.Start).Line;
}
