using CanvasLang.Semantics.Binding;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>Open buffers first, the disk second: imports see what the user is typing, not what was last saved.</summary>
internal sealed class OverlayDocumentSource(CanvasWorkspace workspace, IDocumentSource disk) : IDocumentSource
{
    public DocumentLoad Load(string fullPath) =>
        workspace.Get(fullPath) is { } open ? new DocumentLoad(open.Tree, null) : disk.Load(fullPath);
}
