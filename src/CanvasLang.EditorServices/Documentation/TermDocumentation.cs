using System.Collections.Frozen;
using System.Text;

namespace CanvasLang.EditorServices.Documentation;

/// <summary>Plain-words explanations of the language's terms, read once from the embedded terms.md ("## word" sections).</summary>
public static class TermDocumentation
{
    private static readonly Lazy<FrozenDictionary<string, string>> Terms = new(Load);

    public static string? For(string word) => Terms.Value.GetValueOrDefault(word);

    public static IReadOnlyCollection<string> Words => Terms.Value.Keys;

    /// <summary>The first paragraph only: short enough for a completion item's detail.</summary>
    public static string? Summary(string word) => For(word) is { } text ? text.Split("\n\n", 2)[0].Trim() : null;

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(TermDocumentation).Assembly.GetManifestResourceStream("CanvasLang.Documentation.terms.md");
        if (stream is null)
        {
            return FrozenDictionary<string, string>.Empty;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    internal static FrozenDictionary<string, string> Parse(string markdown)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        string? word = null;
        var body = new StringBuilder();
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                word = line[3..].Trim();
                body.Clear();
            }
            else if (word is not null)
            {
                body.Append(line).Append('\n');
            }
        }

        Flush();
        return terms.ToFrozenDictionary(StringComparer.Ordinal);

        void Flush()
        {
            if (word is not null)
            {
                terms[word] = body.ToString().Trim();
            }
        }
    }
}
