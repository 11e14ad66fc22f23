using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CanvasLang.LanguageServer.Protocol;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// publishDiagnostics parameters written straight to UTF-8 JSON (System.Text.Json's writer) and sent
/// as they are (<see cref="PreSerializedParams"/>, in a pooled array). A canvas with thousands of findings makes this the
/// largest message the server sends on every keystroke (1.4 MB for 2,300 findings): going through
/// Newtonsoft objects, or even a raw JSON string inside them, cost tens of milliseconds and a
/// large-object-heap string per keystroke. Same shape as the protocol types: camelCase, optional
/// properties omitted.
/// </summary>
internal static class DiagnosticsJson
{
    public static PreSerializedParams Publish(string uri, int? version, IReadOnlyList<Diagnostic> diagnostics)
    {
        var parameters = new PreSerializedParams(256 + (diagnostics.Count * 600));
        using (var w = new Utf8JsonWriter(parameters.Writer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("uri"u8, uri);
            if (version is { } v)
            {
                w.WriteNumber("version"u8, v);
            }

            w.WritePropertyName("diagnostics"u8);
            w.WriteStartArray();
            foreach (var d in diagnostics)
            {
                Write(w, d);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return parameters;
    }

    private static void Write(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WritePropertyName("range"u8);
        Write(w, d.Range);
        w.WriteNumber("severity"u8, d.Severity);
        if (d.Code is { } code)
        {
            w.WriteString("code"u8, code);
        }

        if (d.CodeDescription is { } description)
        {
            w.WritePropertyName("codeDescription"u8);
            w.WriteStartObject();
            w.WriteString("href"u8, description.Href);
            w.WriteEndObject();
        }

        w.WriteString("source"u8, d.Source);
        w.WriteString("message"u8, d.Message);
        if (d.Tags is { } tags)
        {
            w.WritePropertyName("tags"u8);
            w.WriteStartArray();
            foreach (var tag in tags)
            {
                w.WriteNumberValue(tag);
            }

            w.WriteEndArray();
        }

        if (d.RelatedInformation is { } related)
        {
            w.WritePropertyName("relatedInformation"u8);
            w.WriteStartArray();
            foreach (var r in related)
            {
                w.WriteStartObject();
                w.WritePropertyName("location"u8);
                w.WriteStartObject();
                w.WriteString("uri"u8, r.Location.Uri);
                w.WritePropertyName("range"u8);
                Write(w, r.Location.Range);
                w.WriteEndObject();
                w.WriteString("message"u8, r.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (d.Data is { } data)
        {
            w.WritePropertyName("data"u8);
            w.WriteRawValue(data.ToString(Newtonsoft.Json.Formatting.None));
        }

        w.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, Protocol.Range range)
    {
        w.WriteStartObject();
        w.WritePropertyName("start"u8);
        Write(w, range.Start);
        w.WritePropertyName("end"u8);
        Write(w, range.End);
        w.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, Position position)
    {
        w.WriteStartObject();
        w.WriteNumber("line"u8, position.Line);
        w.WriteNumber("character"u8, position.Character);
        w.WriteEndObject();
    }
}
