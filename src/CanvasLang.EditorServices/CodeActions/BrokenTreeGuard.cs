using System.Text;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>
/// Keeps fixes from making a broken file worse. Around a syntax error the tree is the parser's
/// recovery guess (a block may end early or late, an entry may lack its text), and an edit computed
/// on it can land outside its block or cut text. So on a file with syntax errors an action that edits
/// it is offered only when its edits stay in declarations no error touches (which read as in a clean
/// file), or when, applied alone and re-parsed, it adds no syntax error and keeps every entry's text.
/// Re-parses are bounded per request: what cannot be checked is not offered.
/// </summary>
internal sealed class BrokenTreeGuard
{
    /// <summary>Full re-parses one request may spend on checking actions near the errors.</summary>
    public const int MaxChecks = 8;

    private readonly DocumentSnapshot document;
    private readonly List<Diagnostic> errors;
    private readonly List<TextSpan> soundRegions = [];
    private HashSet<string>? errorKeys;
    private HashSet<string>? entryTexts;
    private int checks;

    public BrokenTreeGuard(DocumentSnapshot document)
    {
        this.document = document;
        errors = [.. document.Tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).OrderBy(d => d.Span.Start)];
        if (errors.Count == 0)
        {
            return;
        }

        // A declaration is sound when no error lies between the end of the one before and the start of the one
        // after, and only blanks and comments lie between it and them. Recovery skips junk without a word when
        // one error was already reported on the line (one per line) or while resynchronising, so an error
        // stands for its whole line and a gap holding anything but trivia is broken.
        var text = document.Text;
        var errorLines = errors.Select(e => TextSpan.FromBounds(text.LineStart(text.LineOf(e.Span.Start)), text.LineEnd(text.LineOf(e.Span.End)))).ToList();
        var declarations = document.Tree.Declarations;
        var regions = new TextSpan[declarations.Length];
        var sound = new bool[declarations.Length];
        for (var i = 0; i < declarations.Length; i++)
        {
            var region = regions[i] = TextSpan.FromBounds(i > 0 ? declarations[i - 1].Span.End : 0, i + 1 < declarations.Length ? declarations[i + 1].Span.Start : document.Text.Length);
            sound[i] = !errorLines.Any(e => e.Start <= region.End && e.End >= region.Start)
                && OnlyTrivia(TextSpan.FromBounds(region.Start, declarations[i].Span.Start)) && OnlyTrivia(TextSpan.FromBounds(declarations[i].Span.End, region.End));
        }

        // Text put between a sound declaration and a broken one may join the broken one (a block missing
        // its `}` takes the entries that follow it): next to a broken neighbour only the inside counts.
        for (var i = 0; i < declarations.Length; i++)
        {
            if (sound[i])
            {
                var span = declarations[i].Span;
                soundRegions.Add(TextSpan.FromBounds(
                    i == 0 || sound[i - 1] ? regions[i].Start : span.Start + 1,
                    i + 1 == declarations.Length || sound[i + 1] ? regions[i].End : Math.Max(span.Start + 1, span.End - 1)));
            }
        }
    }

    public bool Allows(CanvasAction action)
    {
        if (errors.Count == 0)
        {
            return true;
        }

        foreach (var edit in action.Change.Documents.Where(d => d.Path == document.Path))
        {
            if (!edit.Edits.All(InSoundRegion) && !Verified(edit.Edits))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="gap"/> holds only blanks and comments.</summary>
    private bool OnlyTrivia(TextSpan gap)
    {
        var text = document.Text.Text;
        var comments = document.Tree.Comments;

        // Comments are in text order: the first that ends after the gap's start, by bisection.
        var (next, high) = (0, comments.Length);
        while (next < high)
        {
            var middle = (next + high) / 2;
            (next, high) = comments[middle].Span.End <= gap.Start ? (middle + 1, high) : (next, middle);
        }

        for (var at = gap.Start; at < gap.End; at++)
        {
            if (char.IsWhiteSpace(text[at]))
            {
                continue;
            }

            while (next < comments.Length && comments[next].Span.End <= at)
            {
                next++;
            }

            if (next == comments.Length || comments[next].Span.Start > at)
            {
                return false;
            }

            at = comments[next].Span.End - 1;
        }

        return true;
    }

    /// <summary>
    /// Whether the edit lies in one sound region. Regions rise in start and in end, so the region
    /// starting last at or before the edit is the one that reaches furthest past it.
    /// </summary>
    private bool InSoundRegion(TextEdit edit)
    {
        var (low, high) = (0, soundRegions.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = soundRegions[middle].Start <= edit.Span.Start ? (middle + 1, high) : (low, middle);
        }

        return low > 0 && edit.Span.End <= soundRegions[low - 1].End;
    }

    private bool Verified(IReadOnlyList<TextEdit> edits)
    {
        if (++checks > MaxChecks)
        {
            return false;
        }

        SyntaxTree after;
        try
        {
            after = SyntaxTree.Parse(Applied(document.Text.Text, edits), document.Path);
        }
        catch (InvalidOperationException)
        {
            // Overlapping edits: nothing an editor could apply either.
            return false;
        }

        errorKeys ??= [.. errors.Select(Key)];
        entryTexts ??= Texts(document.Tree);
        var newErrors = after.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return newErrors.Count <= errors.Count && newErrors.All(e => errorKeys.Contains(Key(e))) && entryTexts.IsSubsetOf(Texts(after));
    }

    /// <summary>An error without its place: an insertion above it moves it, and the wording names lines.</summary>
    private static string Key(Diagnostic error) => error.Code + ":" + string.Concat(error.Message.Where(c => !char.IsAsciiDigit(c)));

    private static HashSet<string> Texts(SyntaxTree tree) => [.. tree.AllEntries().Select(e => e.Text?.Value).OfType<string>()];

    /// <summary>The text with the edits applied, in one pass (a fix-all may hold thousands), snippets as plain text.</summary>
    private static string Applied(string text, IReadOnlyList<TextEdit> edits)
    {
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var edit in edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End))
        {
            if (edit.Span.Start < at)
            {
                throw new InvalidOperationException("overlapping edits");
            }

            result.Append(text, at, edit.Span.Start - at).Append(edit.IsSnippet ? SnippetText.ToPlain(edit.NewText) : edit.NewText);
            at = edit.Span.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }
}
