using CanvasLang.EditorServices.Documentation;
using CanvasLang.Semantics.Model;

namespace CanvasLang.EditorServices.Completion;

/// <summary>
/// Documentation of a completion item, found again from its key when the editor shows the item
/// (`completionItem/resolve`). Keys are small and read only here: `term:severity`, `entry:riders/p3`.
/// </summary>
public static class CompletionDocumentation
{
    private const string TermPrefix = "term:";
    private const string EntryPrefix = "entry:";

    internal static string? TermKey(string word) => TermDocumentation.For(word) is null ? null : TermPrefix + word;

    internal static string EntryKey(string segment, string id) => $"{EntryPrefix}{segment}/{id}";

    /// <summary>The markdown documentation the key names in this model, or null when it names nothing (any more).</summary>
    public static string? Resolve(SemanticModel model, string key)
    {
        if (key.StartsWith(TermPrefix, StringComparison.Ordinal))
        {
            return TermDocumentation.For(key[TermPrefix.Length..]);
        }

        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (!key.StartsWith(EntryPrefix, StringComparison.Ordinal) || slash < 0)
        {
            return null;
        }

        var segment = key[EntryPrefix.Length..slash];
        var id = key[(slash + 1)..];
        return model.ProfileOf(segment)?.Entries.FirstOrDefault(e => e.Id == id)?.Text;
    }
}
