namespace CanvasLang.EditorServices.Rendering;

public enum RenderTheme
{
    Light,
    Dark,
}

/// <summary>What to draw: one segment's canvas (null: every segment, plus business models and cards) in a theme.</summary>
public sealed record RenderOptions(string? Segment = null, RenderTheme Theme = RenderTheme.Light)
{
    public static RenderOptions Default { get; } = new();
}
