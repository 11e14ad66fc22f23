using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Export;

/// <summary>What an import produced: CanvasLang text, and what could not be carried over.</summary>
public sealed record ImportResult(string Text, IReadOnlyList<string> Warnings, string Format);

/// <summary>
/// JSON → CanvasLang text. Reads this project's export format (docs/schema/canvas.schema.json) and
/// APIOps Cycles CanvasCreator's import/export JSON, telling them apart by their shape.
/// </summary>
public static class CanvasJsonImporter
{
    /// <summary>Converts JSON text; throws <see cref="FormatException"/> with a readable reason when it is neither format.</summary>
    public static ImportResult Import(string json, string? segmentName = null)
    {
        JToken root;
        try
        {
            root = JToken.Parse(json);
        }
        catch (JsonReaderException e)
        {
            throw new FormatException($"not valid JSON: {e.Message}", e);
        }

        if (root is not JObject obj)
        {
            throw new FormatException("the JSON is not an object");
        }

        if (CanvasCreatorFormat.IsCanvasCreator(obj))
        {
            var (document, warnings) = CanvasCreatorFormat.ToDocument(obj, segmentName);
            return new ImportResult(CanvasTextWriter.Write(document), warnings, "canvascreator");
        }

        if (obj["version"] is null)
        {
            throw new FormatException("this JSON has neither a `version` (CanvasLang export) nor `templateId` and `sections` (CanvasCreator)");
        }

        var version = (string?)obj["version"] ?? string.Empty;
        if (!version.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new FormatException($"export format version {version} is not supported (this tool reads 1.x)");
        }

        CanvasDocument? canvas;
        try
        {
            canvas = obj.ToObject<CanvasDocument>(JsonSerializer.Create(CanvasJsonExporter.Settings));
        }
        catch (JsonException e)
        {
            throw new FormatException($"the JSON does not match the CanvasLang export schema: {e.Message}", e);
        }

        canvas ??= new CanvasDocument();
        var inlined = CanvasTextWriter.ImportedFiles(canvas);
        string[] notes = inlined.Count == 0 ? [] :
            [$"the declarations of {string.Join(", ", inlined)} came with the export and are written into this canvas (each under an `// imported from` comment) instead of `import` lines"];
        return new ImportResult(CanvasTextWriter.Write(canvas), notes, "canvaslang");
    }
}
