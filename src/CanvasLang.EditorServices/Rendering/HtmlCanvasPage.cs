using System.Text;
using CanvasLang.Semantics.Analysis;
using CanvasLang.Syntax.Diagnostics;

namespace CanvasLang.EditorServices.Rendering;

/// <summary>
/// A self-contained page (inline CSS and script, nothing fetched): the picture, and beside it the
/// analyzer's findings. Hovering a note highlights the notes it is linked with by fit; hovering a
/// finding highlights the notes (and persona cards) on its line; clicking a note or a persona card asks
/// the host editor to reveal its line.
/// </summary>
internal static class HtmlCanvasPage
{
    public static string Write(AnalysisResult analysis, Picture picture, RenderTheme theme, string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<title>").Append(E(title)).Append("</title>\n<style>\n");
        html.Append(CanvasThemes.Css(theme));
        html.Append($$"""

            body { margin: 0; background: {{CanvasThemes.Background(theme)}}; color: {{CanvasThemes.Ink(theme)}}; font-family: {{TextMetrics.FontFamily}}; display: flex; align-items: flex-start; }
            main { flex: 1 1 auto; min-width: 0; }
            main > svg { display: block; width: 100%; max-width: {{Px(picture.Width)}}px; height: auto; }
            aside { flex: 0 0 320px; padding: 16px; position: sticky; top: 0; max-height: 100vh; overflow: auto; box-sizing: border-box; border-left: 1px solid #8884; }
            @media (max-width: {{Px(StackBelow)}}px) {
              body { display: block; }
              aside { position: static; max-height: none; border-left: none; border-top: 1px solid #8884; }
            }
            aside h2 { font-size: 16px; margin: 4px 0 12px; }
            aside ul { list-style: none; padding: 0; margin: 0; }
            aside li { padding: 6px 8px; margin-bottom: 6px; border-radius: 4px; font-size: 13px; cursor: pointer; border-left: 4px solid #888; background: #8881; }
            aside li.error { border-color: #d32f2f; } aside li.warning { border-color: #f9a825; } aside li.info, aside li.hint { border-color: #1e88e5; }
            aside .code { font-weight: 700; margin-right: 6px; } aside .where { opacity: 0.7; font-size: 12px; }
            .note, .persona { cursor: pointer; }
            """);
        html.Append("\n</style>\n</head>\n<body>\n<main>\n");
        html.Append(SvgCanvasWriter.Write(picture, theme, standalone: false));
        html.Append("</main>\n<aside>\n");
        WriteFindings(html, analysis);
        html.Append("</aside>\n<script>\n").Append(Script).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Below this viewport width the findings go under the picture: beside it they would leave the
    /// canvas too small to read. Above it, the picture shrinks to the room left, never wider: no
    /// horizontal scrollbar, and the panel never covers the circle.
    /// </summary>
    private const double StackBelow = 1500;

    private static string Px(double value) => Math.Ceiling(value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteFindings(StringBuilder html, AnalysisResult analysis)
    {
        var findings = analysis.Diagnostics;
        html.Append("<h2>Findings (").Append(findings.Length).Append(")</h2>\n");
        if (findings.Length == 0)
        {
            html.Append("<p>No findings: the analyzer has nothing to say about this canvas.</p>\n");
            return;
        }

        html.Append("<ul>\n");
        foreach (var d in findings)
        {
            var line = analysis.Tree.Text.GetPosition(d.Span.Start).Line;
            var severity = d.Severity.ToString().ToLowerInvariant();
            html.Append("<li class=\"finding ").Append(severity).Append("\" data-line=\"").Append(line).Append("\">")
                .Append("<span class=\"code\">").Append(E(d.Code)).Append("</span>")
                .Append(E(d.Message))
                .Append(" <span class=\"where\">line ").Append(line + 1).Append(" · ").Append(severity).Append("</span></li>\n");
        }

        html.Append("</ul>\n");
    }

    private const string Script = """
        (function () {
          const notes = Array.from(document.querySelectorAll('.note, .persona'));
          const byKey = new Map(notes.map(n => [n.dataset.key, n]));
          function clear() { notes.forEach(n => n.classList.remove('linked', 'hovered', 'dimmed')); }
          function highlight(group) {
            if (group.length === 0) return;
            notes.forEach(n => n.classList.add('dimmed'));
            group.forEach(n => { n.classList.remove('dimmed'); n.classList.add('linked'); });
          }
          notes.forEach(n => {
            n.addEventListener('mouseenter', () => {
              const links = (n.dataset.links || '').split(' ').filter(Boolean).map(k => byKey.get(k)).filter(Boolean);
              highlight([n, ...links]);
              n.classList.add('hovered');
            });
            n.addEventListener('mouseleave', clear);
            n.addEventListener('click', () => {
              const line = Number(n.dataset.line);
              document.dispatchEvent(new CustomEvent('canvaslang-reveal', { detail: { line } }));
              if (typeof acquireVsCodeApi === 'function') {
                window.__canvaslangVsCode = window.__canvaslangVsCode || acquireVsCodeApi();
                window.__canvaslangVsCode.postMessage({ command: 'reveal', line });
              }
            });
          });
          document.querySelectorAll('.finding').forEach(f => {
            f.addEventListener('mouseenter', () => highlight(notes.filter(n => n.dataset.line === f.dataset.line)));
            f.addEventListener('mouseleave', clear);
          });
        })();
        """;

    private static string E(string text) => MarkupText.Escape(text);
}
