namespace CanvasLang.LanguageServer.Protocol;

/// <summary>The "canvaslang" section of the editor's settings (package.json of the VS Code extension).</summary>
public sealed class CanvasSettings
{
    public LintSettings? Lint { get; set; }
}

public sealed class LintSettings
{
    /// <summary>"onType" (the default) or "onSave".</summary>
    public string? Run { get; set; }
}

/// <summary>`initializationOptions` as the VS Code extension sends them; other clients may send the settings section itself.</summary>
public sealed class CanvasInitializationOptions
{
    public CanvasSettings? Settings { get; set; }

    /// <summary>The settings section sent flat, without `settings` around it.</summary>
    public LintSettings? Lint { get; set; }

    /// <summary>"push" keeps diagnostics pushed even for a client that can pull them.</summary>
    public string? Diagnostics { get; set; }
}

/// <summary>`workspace/didChangeConfiguration`'s settings, of which only our section is read.</summary>
public sealed class ChangedSettings
{
    [Newtonsoft.Json.JsonProperty("canvaslang")]
    public CanvasSettings? CanvasLang { get; set; }
}
