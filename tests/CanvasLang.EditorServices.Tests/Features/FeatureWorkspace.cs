using CanvasLang.EditorServices.Workspace;

namespace CanvasLang.EditorServices.Tests.Features;

/// <summary>A workspace in a temporary folder with one open canvas, and the offset of a marker in it.</summary>
internal sealed class FeatureWorkspace : IDisposable
{
    public const string Coffee = """
        segment commuters "Urban commuters who buy coffee on the way to work" aka "commuter"

        profile commuters {
          functional job get_coffee "Buy a hot coffee between leaving home and boarding the 8:10 train" importance high
          emotional job feel_awake "Feel alert before the first meeting of the day" importance medium

          pain queue "Waiting more than 5 minutes in the queue and missing the train" severity extreme
          obstacle pain cash "The kiosk takes cash only, and I rarely carry any" severity extreme

          required gain ready "The coffee is ready the moment I walk in" relevance essential
        }

        valuemap commuters {
          digital product app "Pre-order app with saved favourites" serves get_coffee
          reliever preorder "Order ahead so the cup is waiting at pick-up" relieves queue
          creator one_tap "Repeat yesterday's order with one tap" creates ready
        }
        """;

    public FeatureWorkspace()
    {
        Folder = Directory.CreateTempSubdirectory("canvaslang-features-").FullName;
        Workspace = new AnalysisHost(Folder);
    }

    public string Folder { get; }

    public AnalysisHost Workspace { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Opens <paramref name="text"/> with `|` marking the cursor; returns its analysis and the cursor offset.</summary>
    public (DocumentAnalysis Analysis, int Offset) Open(string text, string name = "coffee.canvas")
    {
        var offset = text.IndexOf('|', StringComparison.Ordinal);
        var clean = offset >= 0 ? text.Remove(offset, 1) : text;
        Workspace.Open(PathOf(name), 1, clean);
        return (Workspace.AnalyzeAsync(PathOf(name)).GetAwaiter().GetResult(), Math.Max(0, offset));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left behind in temp: harmless.
        }
    }
}
