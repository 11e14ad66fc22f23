using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Protocol;

#pragma warning disable SA1402 // LSP's small structures read best together.

/// <summary>Zero-based line and UTF-16 character, as LSP counts them.</summary>
public sealed class Position
{
    public int Line { get; set; }

    public int Character { get; set; }
}

public sealed class Range
{
    public Position Start { get; set; } = new();

    public Position End { get; set; } = new();
}

public sealed class Location
{
    public string Uri { get; set; } = string.Empty;

    public Range Range { get; set; } = new();
}

public sealed class TextDocumentIdentifier
{
    public string Uri { get; set; } = string.Empty;
}

public sealed class VersionedTextDocumentIdentifier
{
    public string Uri { get; set; } = string.Empty;

    /// <summary>Null in a WorkspaceEdit means "whatever version is current"; LSP wants it present.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Include)]
    public int? Version { get; set; }
}

public sealed class TextDocumentItem
{
    public string Uri { get; set; } = string.Empty;

    public string LanguageId { get; set; } = string.Empty;

    public int Version { get; set; }

    public string Text { get; set; } = string.Empty;
}

public class TextDocumentPositionParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Position Position { get; set; } = new();
}

public sealed class TextDocumentParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Range? Range { get; set; }
}

/// <summary>Not sealed: <see cref="SnippetTextEdit"/> extends it.</summary>
public class TextEdit
{
    public Range Range { get; set; } = new();

    public string NewText { get; set; } = string.Empty;
}

public sealed class TextDocumentEdit
{
    public VersionedTextDocumentIdentifier TextDocument { get; set; } = new();

    public List<TextEdit> Edits { get; set; } = [];
}

public sealed class CreateFile
{
    public string Kind => "create";

    public string Uri { get; set; } = string.Empty;

    public JObject? Options { get; set; }
}

/// <summary>Either `changes` (plain edits) or `documentChanges` (edits and file creations, in order).</summary>
public sealed class WorkspaceEdit
{
    public Dictionary<string, List<TextEdit>>? Changes { get; set; }

    public List<object>? DocumentChanges { get; set; }
}

public sealed class Command
{
    public string Title { get; set; } = string.Empty;

    [JsonProperty("command")]
    public string Name { get; set; } = string.Empty;

    public List<object>? Arguments { get; set; }
}

public sealed class MarkupContent
{
    public string Kind { get; set; } = "markdown";

    public string Value { get; set; } = string.Empty;
}

public sealed class CodeDescription
{
    public string Href { get; set; } = string.Empty;
}

public sealed class DiagnosticRelatedInformation
{
    public Location Location { get; set; } = new();

    public string Message { get; set; } = string.Empty;
}

public sealed class Diagnostic
{
    public Range Range { get; set; } = new();

    public int Severity { get; set; }

    public string? Code { get; set; }

    public CodeDescription? CodeDescription { get; set; }

    public string Source { get; set; } = "canvaslang";

    public string Message { get; set; } = string.Empty;

    public List<int>? Tags { get; set; }

    public List<DiagnosticRelatedInformation>? RelatedInformation { get; set; }

    public JToken? Data { get; set; }
}

public sealed class PublishDiagnosticsParams
{
    public string Uri { get; set; } = string.Empty;

    public int? Version { get; set; }

    public List<Diagnostic> Diagnostics { get; set; } = [];
}

public sealed class FullDocumentDiagnosticReport
{
    public string Kind { get; set; } = "full";

    public string? ResultId { get; set; }

    public List<Diagnostic> Items { get; set; } = [];
}

public sealed class LogMessageParams
{
    public int Type { get; set; }

    public string Message { get; set; } = string.Empty;
}
