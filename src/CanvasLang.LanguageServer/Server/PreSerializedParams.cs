namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// A notification's params already written as UTF-8 JSON. <see cref="LspMessageHandler"/> frames the
/// notification around these bytes itself instead of handing them to the JSON formatter.
/// </summary>
internal sealed class PreSerializedParams(ReadOnlyMemory<byte> json)
{
    public ReadOnlyMemory<byte> Json { get; } = json;
}
