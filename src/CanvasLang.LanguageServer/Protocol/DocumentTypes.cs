using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Protocol;

#pragma warning disable SA1402 // LSP's small structures read best together.

public sealed class InitializeParams
{
    public int? ProcessId { get; set; }

    public string? RootUri { get; set; }

    public string? RootPath { get; set; }

    public JObject? Capabilities { get; set; }

    public JToken? InitializationOptions { get; set; }

    public List<WorkspaceFolder>? WorkspaceFolders { get; set; }
}

public sealed class WorkspaceFolder
{
    public string Uri { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

public sealed class DidOpenTextDocumentParams
{
    public TextDocumentItem TextDocument { get; set; } = new();
}

public sealed class TextDocumentContentChangeEvent
{
    public Range? Range { get; set; }

    public string Text { get; set; } = string.Empty;
}

public sealed class DidChangeTextDocumentParams
{
    public VersionedTextDocumentIdentifier TextDocument { get; set; } = new();

    public List<TextDocumentContentChangeEvent> ContentChanges { get; set; } = [];
}

public sealed class FileEvent
{
    public string Uri { get; set; } = string.Empty;

    public int Type { get; set; }
}

public sealed class DidChangeWatchedFilesParams
{
    public List<FileEvent> Changes { get; set; } = [];
}

public sealed class WorkspaceFoldersChangeEvent
{
    public List<WorkspaceFolder> Added { get; set; } = [];

    public List<WorkspaceFolder> Removed { get; set; } = [];
}

public sealed class DidChangeWorkspaceFoldersParams
{
    public WorkspaceFoldersChangeEvent Event { get; set; } = new();
}

public sealed class ReferenceParams : TextDocumentPositionParams
{
    public ReferenceContext? Context { get; set; }
}

public sealed class ReferenceContext
{
    public bool IncludeDeclaration { get; set; }
}

public sealed class RenameParams : TextDocumentPositionParams
{
    public string NewName { get; set; } = string.Empty;
}

public sealed class CodeActionParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();

    public Range Range { get; set; } = new();

    public CodeActionContext Context { get; set; } = new();
}

public sealed class CodeActionContext
{
    public List<Diagnostic> Diagnostics { get; set; } = [];

    public List<string>? Only { get; set; }
}

public sealed class WorkspaceSymbolParams
{
    public string Query { get; set; } = string.Empty;
}

/// <summary>Params of canvaslang/render, canvaslang/export and canvaslang/fitSummary.</summary>
public sealed class CanvasDocumentParams
{
    public string Uri { get; set; } = string.Empty;

    public string? Format { get; set; }

    public string? Theme { get; set; }
}

/// <summary>The client's settings: any JSON (LSP's LSPAny); the server reads its `canvaslang` section.</summary>
public sealed class DidChangeConfigurationParams
{
    public JToken? Settings { get; set; }
}
