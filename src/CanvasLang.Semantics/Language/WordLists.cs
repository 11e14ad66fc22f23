using System.Collections.Frozen;

namespace CanvasLang.Semantics.Language;

/// <summary>
/// The curated word lists of Language/WordLists/*.txt (embedded): one word or phrase per line,
/// <c>#</c> starts a comment. Loaded once per process; lookups are lower-case.
/// </summary>
public sealed class WordLists
{
    // Every embedded list, each loaded on first use: constants, however late they are read.
    private static readonly FrozenDictionary<string, Lazy<FrozenSet<string>>> Lists =
        Names.ToFrozenDictionary(n => n, n => new Lazy<FrozenSet<string>>(() => Load(n)), StringComparer.Ordinal);

    public static WordLists Default { get; } = new();

    /// <summary>The list named <paramref name="name"/> (file name without .txt).</summary>
    public FrozenSet<string> this[string name] =>
        Lists.TryGetValue(name, out var list) ? list.Value : throw new InvalidOperationException($"No word list named '{name}' is embedded.");

    public static IEnumerable<string> Names =>
        typeof(WordLists).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("CanvasLang.WordLists.", StringComparison.Ordinal))
            .Select(n => n["CanvasLang.WordLists.".Length..^".txt".Length]);

    /// <summary>Raw lines of a list (comments and blanks removed), for lists of pairs or phrases.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream($"CanvasLang.WordLists.{name}.txt")
            ?? throw new InvalidOperationException($"No word list named '{name}' is embedded.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length > 0)
            {
                lines.Add(content.ToLowerInvariant());
            }
        }

        return lines;
    }

    /// <summary>
    /// The entries of a sectioned list whose lines read <c>section: value</c> ("verb: save"), or the
    /// sides of a paired list whose lines read <c>left | right</c> when <paramref name="section"/> is null.
    /// </summary>
    public static IReadOnlyList<string> Section(string name, string section) =>
        [.. Lines(name).Where(l => l.StartsWith(section + ":", StringComparison.Ordinal)).Select(l => l[(section.Length + 1)..].Trim())];

    /// <summary>The pairs of a <c>left | right</c> list (antonyms, irregular forms).</summary>
    public static IReadOnlyList<(string Left, string Right)> Pairs(string name) =>
        [.. Lines(name).Select(l => l.Split('|', 2, StringSplitOptions.TrimEntries)).Where(p => p.Length == 2).Select(p => (p[0], p[1]))];

    private static FrozenSet<string> Load(string name) => Lines(name).ToFrozenSet(StringComparer.Ordinal);
}
