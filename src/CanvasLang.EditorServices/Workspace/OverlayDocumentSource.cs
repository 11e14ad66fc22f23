using System.Collections.Immutable;
using CanvasLang.Semantics.Binding;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>Open buffers first, the disk second: imports see what the user is typing, not what was last saved (as of one snapshot).</summary>
internal sealed class OverlayDocumentSource(ImmutableDictionary<string, DocumentSnapshot> open, IDocumentSource disk) : IDocumentSource
{
    public DocumentLoad Load(string fullPath) =>
        open.TryGetValue(fullPath, out var document) ? new DocumentLoad(document.Tree, null) : disk.Load(fullPath);
}
