using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Protocol;

#pragma warning disable SA1402 // LSP's small structures read best together.

public sealed class Hover
{
    public MarkupContent Contents { get; set; } = new();

    public Range? Range { get; set; }
}

public sealed class CodeAction
{
    public string Title { get; set; } = string.Empty;

    public string Kind { get; set; } = "quickfix";

    public List<Diagnostic>? Diagnostics { get; set; }

    public bool? IsPreferred { get; set; }

    public WorkspaceEdit? Edit { get; set; }
}

public sealed class DocumentSymbol
{
    public string Name { get; set; } = string.Empty;

    public string? Detail { get; set; }

    public int Kind { get; set; }

    public Range Range { get; set; } = new();

    public Range SelectionRange { get; set; } = new();

    public List<DocumentSymbol>? Children { get; set; }
}

public sealed class SymbolInformation
{
    public string Name { get; set; } = string.Empty;

    public int Kind { get; set; }

    public Location Location { get; set; } = new();

    public string? ContainerName { get; set; }
}

public sealed class DocumentHighlight
{
    public Range Range { get; set; } = new();

    public int Kind { get; set; }
}

public sealed class PrepareRenameResult
{
    public Range Range { get; set; } = new();

    public string Placeholder { get; set; } = string.Empty;
}

public sealed class FoldingRange
{
    public int StartLine { get; set; }

    public int EndLine { get; set; }

    public string? Kind { get; set; }
}

public sealed class SemanticTokens
{
    public List<int> Data { get; set; } = [];
}

public sealed class CodeLens
{
    public Range Range { get; set; } = new();

    public Command? Command { get; set; }
}

public sealed class InlayHint
{
    public Position Position { get; set; } = new();

    public string Label { get; set; } = string.Empty;

    public int? Kind { get; set; }

    public string? Tooltip { get; set; }

    public bool? PaddingLeft { get; set; }
}

public sealed class ContentResult
{
    public string Content { get; set; } = string.Empty;
}

public sealed class TextResult
{
    public string Text { get; set; } = string.Empty;
}

public sealed class WorkDoneProgressCreateParams
{
    public string Token { get; set; } = string.Empty;
}

public sealed class ProgressParams
{
    public string Token { get; set; } = string.Empty;

    public JObject Value { get; set; } = [];
}

/// <summary>
/// A completion item sent back for `completionItem/resolve`: its data is ours (which document, which
/// documentation); every other property is the client's and goes back as it came.
/// </summary>
public sealed class CompletionItemToResolve
{
    public CompletionItemData? Data { get; set; }

    public MarkupContent? Documentation { get; set; }

    [Newtonsoft.Json.JsonExtensionData]
    public IDictionary<string, JToken> Rest { get; set; } = new Dictionary<string, JToken>(StringComparer.Ordinal);
}

public sealed class CompletionItemData
{
    public string? Uri { get; set; }

    public string? Key { get; set; }
}
