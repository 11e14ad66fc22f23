using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Export;

/// <summary>What an import produced: CanvasLang text, and what could not be carried over.</summary>
public sealed record ImportResult(string Text, IReadOnlyList<ImportProblem> Warnings, string Format);

/// <summary>
/// JSON → CanvasLang text. Reads this project's export format (docs/schema/canvas.schema.json) and
/// APIOps Cycles CanvasCreator's import/export JSON, telling them apart by their shape.
/// </summary>
public static partial class CanvasJsonImporter
{
    /// <summary>
    /// Converts JSON text. Throws <see cref="ImportException"/> (a <see cref="FormatException"/>) listing
    /// every located problem when the JSON is neither format or holds a value the canvas could not carry.
    /// </summary>
    public static ImportResult Import(string json, string? segmentName = null)
    {
        JToken root;
        try
        {
            root = JToken.Parse(json);
        }
        catch (JsonReaderException e)
        {
            // Newtonsoft counts the characters read before the one it stopped at: the column is one more.
            var message = string.IsNullOrWhiteSpace(json) ? "the file is empty: expected a JSON object" : $"not valid JSON: {ReaderPosition().Replace(e.Message, string.Empty)}";
            throw new ImportException(new ImportProblem("$", message, e.LineNumber, e.LineNumber > 0 ? e.LinePosition + 1 : 0), e);
        }

        var check = new JsonChecker(json);
        if (root is not JObject obj)
        {
            throw new ImportException(check.At(root, "$", $"expected an object (a CanvasLang export or a CanvasCreator canvas), found {JsonChecker.Found(root)}"));
        }

        if (CanvasCreatorFormat.IsCanvasCreator(obj))
        {
            var (document, warnings) = CanvasCreatorFormat.ToDocument(obj, segmentName, check);
            return check.Errors.Count > 0 || document is null
                ? throw new ImportException(check.Errors)
                : new ImportResult(CanvasTextWriter.Write(document), warnings, "canvascreator");
        }

        if (obj.Property("version") is not { } versionProperty)
        {
            throw new ImportException(check.At(obj, "$", "this JSON has neither a `version` (CanvasLang export) nor `templateId` and `sections` (CanvasCreator)"));
        }

        var version = versionProperty.Value;
        if (version.Type != JTokenType.String || VersionPattern().Match((string)version!) is not { Success: true } match)
        {
            var found = version.Type == JTokenType.String ? $"format version {(string)version!} is not supported" : $"expected the format version as a string such as \"{CanvasDocument.CurrentVersion}\", found {JsonChecker.Found(version)}";
            throw new ImportException(check.At(version, "$.version", $"{found} (this tool reads 1.x)"));
        }

        var newerMinor = !int.TryParse(match.Groups[1].Value, out var minor) || minor > int.Parse(CanvasDocument.CurrentVersion[2..], System.Globalization.CultureInfo.InvariantCulture);
        ExportJsonValidator.Validate(obj, check, newerMinor);
        if (check.Errors.Count > 0)
        {
            // In the order they stand in the file, as a reader goes through it.
            throw new ImportException([.. check.Errors.OrderBy(p => p.Line).ThenBy(p => p.Column)]);
        }

        CanvasDocument canvas;
        try
        {
            canvas = obj.ToObject<CanvasDocument>(JsonSerializer.Create(CanvasJsonExporter.Settings)) ?? new CanvasDocument();
        }
        catch (JsonException e)
        {
            // The checks above should leave nothing for the serializer to refuse; if they miss a case, still a message.
            throw new ImportException(new ImportProblem("$", $"the JSON does not match the CanvasLang export schema: {e.Message}"), e);
        }

        var inlined = CanvasTextWriter.ImportedFiles(canvas);
        List<ImportProblem> notes = [.. check.Warnings];
        if (inlined.Count > 0)
        {
            notes.Add(new ImportProblem(string.Empty, $"the declarations of {string.Join(", ", inlined)} came with the export and are written into this canvas (each under an `// imported from` comment) instead of `import` lines"));
        }

        return new ImportResult(CanvasTextWriter.Write(canvas), notes, "canvaslang");
    }

    [GeneratedRegex(@"^1\.([0-9]+)$")]
    private static partial Regex VersionPattern();

    // Newtonsoft ends its messages with where it stopped; the problem carries that as line and column.
    [GeneratedRegex(@"\s*Path '.*', line \d+, position \d+\.$|,? line \d+, position \d+\.$")]
    private static partial Regex ReaderPosition();
}
