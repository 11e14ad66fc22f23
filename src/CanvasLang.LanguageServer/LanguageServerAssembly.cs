namespace CanvasLang.LanguageServer;

/// <summary>Marks the assembly; the server lives in its own folders.</summary>
public static class LanguageServerAssembly
{
}
