using System.Collections.Immutable;
using CanvasLang.EditorServices.Workspace;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>
/// Everything the light bulb offers at a range: each diagnostic's own fixes, the actions RULES.md
/// promises on every non-error diagnostic (suppress, configure, accept a word, fix all), and refactorings.
/// A range may be the whole file (some clients ask so), so the work is linear in the file and the
/// answer bounded: the diagnostics nearest the range's start get their own actions, each rule one
/// "fix all", and entry refactorings go to the one entry that covers the range, as rust-analyzer
/// offers assists for the node covering a selection.
/// </summary>
public sealed class CodeActionService(Analysis workspace)
{
    public const string FixAllTitle = "Fix all mechanical CanvasLang problems";

    /// <summary>How many diagnostics in the range get actions of their own (fixes, suppress, configure, accept).</summary>
    public const int MaxDiagnostics = 20;

    /// <summary>An upper bound on the actions of one request, whatever the range and the file.</summary>
    public const int MaxActions = 200;

    /// <param name="analysis">The document's current analysis.</param>
    /// <param name="range">Where the light bulb was asked for.</param>
    /// <param name="onlyFixAll">Only the fix-all source action (fix-on-save).</param>
    /// <param name="snippets">
    /// Keep snippet edits (<see cref="TextEdit.IsSnippet"/>) for an editor that applies them as
    /// snippets; otherwise their placeholders become plain text.
    /// </param>
    /// <param name="cancellation">Stops the workspace-wide part (refactorings reading other files).</param>
    public ImmutableArray<CanvasAction> Actions(DocumentAnalysis analysis, TextSpan range, bool onlyFixAll = false, bool snippets = false, CancellationToken cancellation = default)
    {
        var actions = new List<CanvasAction>();
        var document = analysis.Snapshot;
        var all = analysis.Result.Diagnostics;
        if (!onlyFixAll)
        {
            var inRange = all.Where(d => d.Span.OverlapsWith(range) || d.Span.Touches(range.Start) || range.Touches(d.Span.Start)).ToList();
            var here = inRange.OrderBy(d => Math.Abs(d.Span.Start - range.Start)).ThenBy(d => d.Span.Start).Take(MaxDiagnostics).OrderBy(d => d.Span.Start).ToList();
            foreach (var diagnostic in here)
            {
                foreach (var fix in diagnostic.Fixes)
                {
                    actions.Add(new CanvasAction(fix.Title, ActionKind.QuickFix, WorkspaceChange.Single(document.Path, document.Text, snippets ? fix.Edits : Plain(fix.Edits)))
                    {
                        Diagnostic = diagnostic,
                        IsPreferred = diagnostic.Fixes.Length == 1 && fix.IsMechanical,
                    });
                }
            }

            // Suppressing or configuring a rule in the file is one action per rule, however many findings.
            var perRule = new HashSet<string>(StringComparer.Ordinal);
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var diagnostic in here.Where(d => d.Severity != DiagnosticSeverity.Error))
            {
                // A suppression comment in a foreign file (CV000) makes it read as a canvas, with errors everywhere.
                var suppressible = diagnostic.Code != CanvasParserFacade.ForeignCode;
                if (suppressible)
                {
                    actions.Add(SuppressionActions.OnLine(document, diagnostic));
                }

                if (!perRule.Add(diagnostic.Code))
                {
                    continue;
                }

                if (suppressible)
                {
                    actions.Add(SuppressionActions.InFile(document, diagnostic));
                }

                if (ConfigurationActions.Configure(workspace, document.Path, diagnostic) is { } configure)
                {
                    actions.Add(configure);
                }

                actions.AddRange(ConfigurationActions.AcceptWords(workspace, document.Path, diagnostic).Where(a => words.Add(a.Title)));
            }

            var byCode = all.ToLookup(d => d.Code, StringComparer.Ordinal);
            foreach (var code in inRange.Select(d => d.Code).Distinct(StringComparer.Ordinal))
            {
                var fixable = FixAll(byCode[code]);
                if (fixable.Count > 1)
                {
                    actions.Add(new CanvasAction($"Fix all {code} in this file", ActionKind.QuickFix, WorkspaceChange.Single(document.Path, document.Text, fixable)));
                }
            }

            actions.AddRange(Refactorings.At(new WorkspaceModels(workspace, analysis, cancellation), analysis, range));
        }

        var everything = FixAll(all);
        if (everything.Count > 0)
        {
            actions.Add(new CanvasAction(FixAllTitle, ActionKind.SourceFixAll, WorkspaceChange.Single(document.Path, document.Text, everything)));
        }

        var guard = new BrokenTreeGuard(document);
        var offered = actions.Where(guard.Allows).ToList();
        if (offered.Count > MaxActions)
        {
            // The source fix-all stays: fix-on-save asks for it alone, but a client may also read it here.
            offered.RemoveRange(MaxActions - 1, offered.Count - MaxActions);
        }

        return [.. offered];
    }

    /// <summary>
    /// The first fix of each diagnostic whose only fix is mechanical (no choice, no placeholder to fill),
    /// skipping any that would overlap an edit already taken.
    /// </summary>
    internal static List<TextEdit> FixAll(IEnumerable<Diagnostic> diagnostics) => FixAll(diagnostics, new TakenSpans());

    internal static List<TextEdit> FixAll(IEnumerable<Diagnostic> diagnostics, TakenSpans taken)
    {
        var edits = new List<TextEdit>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Span.Start))
        {
            if (diagnostic.Fixes is [{ IsMechanical: true, HasSnippet: false } fix]
                && !fix.Edits.Any(e => taken.Overlaps(e.Span)))
            {
                edits.AddRange(fix.Edits);
                foreach (var edit in fix.Edits)
                {
                    taken.Add(edit.Span);
                }
            }
        }

        return edits;
    }

    internal static bool Overlaps(TextSpan a, TextSpan b) => a.OverlapsWith(b) || (a.Start == b.Start && (a.Length == 0 || b.Length == 0));

    private static IEnumerable<TextEdit> Plain(IEnumerable<TextEdit> edits) =>
        edits.Select(e => e.IsSnippet ? new TextEdit(e.Span, SnippetText.ToPlain(e.NewText)) : e);
}
