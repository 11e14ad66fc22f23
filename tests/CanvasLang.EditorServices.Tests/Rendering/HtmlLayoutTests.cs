using System.Diagnostics;
using System.Text.RegularExpressions;
using CanvasLang.EditorServices.Rendering;
using CanvasLang.EditorServices.Tests.Formatting;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Tests.Rendering;

/// <summary>
/// The HTML page laid out by a real browser (headless Chromium) at common screen widths: no horizontal
/// scrollbar, the findings panel never over the canvas, the canvas not shrunk past reading. Without
/// Chromium the test says so and passes, except on CI (CI=true), where .ci/run installs it first.
/// CANVASLANG_RENDER_OUT=/some/folder also keeps a screenshot per width there, to look at.
/// </summary>
public partial class HtmlLayoutTests
{
    private const string Probe = """
        <script>
        window.addEventListener('load', () => {
          const box = e => e.getBoundingClientRect();
          const svg = document.querySelector('main > svg'), aside = document.querySelector('aside');
          const circles = Array.from(document.querySelectorAll('main circle')).map(c => box(c).right);
          const out = document.createElement('pre');
          out.id = 'probe';
          out.textContent = JSON.stringify({
            viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
            svgLeft: box(svg).left, svgRight: box(svg).right, svgTop: box(svg).top, svgBottom: box(svg).bottom,
            scale: box(svg).width / svg.viewBox.baseVal.width,
            circleRight: Math.max(...circles), asideLeft: box(aside).left, asideTop: box(aside).top });
          document.body.appendChild(out);
        });
        </script>
        """;

    [Theory]
    [InlineData(1280)]
    [InlineData(1600)]
    [InlineData(1920)]
    public void The_page_fits_the_screen_with_the_findings_beside_or_below(int width)
    {
        if (Chromium() is not { } chromium)
        {
            Environment.GetEnvironmentVariable("CI").ShouldNotBe("true", "CI must have chromium for the layout tests");
            return;
        }

        var html = CanvasRenderer.RenderHtml(RenderSamples.AnalyzeFile(SampleCanvases.Fixture("coffee.canvas")));
        var page = Path.Combine(Directory.CreateTempSubdirectory("canvaslang-layout-").FullName, "page.html");
        File.WriteAllText(page, html.Replace("</body>", Probe + "</body>", StringComparison.Ordinal));

        var dom = Run(chromium, $"--window-size={width},1000", "--dump-dom", new Uri(page).AbsoluteUri);
        var probe = JObject.Parse(System.Net.WebUtility.HtmlDecode(ProbeText().Match(dom).Groups[1].Value));
        if (Environment.GetEnvironmentVariable("CANVASLANG_RENDER_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var plain = Path.Combine(Path.GetDirectoryName(page)!, "plain.html");
            File.WriteAllText(plain, html);
            Run(chromium, $"--window-size={width},1000", $"--screenshot={Path.Combine(folder, $"coffee-{width}.png")}", new Uri(plain).AbsoluteUri);
        }

        var (viewport, scrollWidth) = ((double)probe["viewport"]!, (double)probe["scrollWidth"]!);
        scrollWidth.ShouldBeLessThanOrEqualTo(viewport, "a horizontal scrollbar");
        var besideTheCanvas = (double)probe["asideTop"]! < (double)probe["svgBottom"]!;
        if (besideTheCanvas)
        {
            ((double)probe["circleRight"]!).ShouldBeLessThanOrEqualTo((double)probe["asideLeft"]!, "the findings panel covers the circle");
        }

        ((double)probe["svgRight"]!).ShouldBeLessThanOrEqualTo(viewport);
        ((double)probe["scale"]!).ShouldBeGreaterThanOrEqualTo(0.8, "the canvas is shrunk past reading");
    }

    private static string Run(string chromium, params string[] args)
    {
        var start = new ProcessStartInfo(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit(90_000).ShouldBeTrue("chromium did not finish");
        return output.Result;
    }

    private static string? Chromium() =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    [GeneratedRegex("<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbeText();
}
