namespace CanvasLang.EditorServices;

/// <summary>Marks the assembly; editor features live in their own folders.</summary>
public static class EditorServicesAssembly
{
}
