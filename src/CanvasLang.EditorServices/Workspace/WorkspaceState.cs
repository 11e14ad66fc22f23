using System.Collections.Concurrent;
using System.Collections.Immutable;
using CanvasLang.Semantics.Binding;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>
/// Everything the editor has told the host, at one moment: open canvases, open canvaslang.json
/// buffers, workspace folders, and the disk as last invalidated. Never changed: each change makes a
/// new state with a higher <see cref="Generation"/>.
/// </summary>
internal sealed record WorkspaceState(
    ImmutableDictionary<string, DocumentSnapshot> Open,
    ImmutableDictionary<string, ConfigurationBuffer> ConfigurationBuffers,
    ImmutableArray<string> Roots,
    FileSystemDocumentSource Disk,
    ConfigurationCache Configurations,
    long Generation)
{
    /// <summary>A host's first state: nothing open, and disk and configuration caches of its own (never shared between hosts).</summary>
    public static WorkspaceState Initial() => new(
        ImmutableDictionary.Create<string, DocumentSnapshot>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ConfigurationBuffer>(StringComparer.Ordinal),
        [],
        new FileSystemDocumentSource(),
        new ConfigurationCache(),
        0);
}

/// <summary>
/// The saved canvaslang.json of each folder, read when first asked for. A value of the disk as it was
/// when the cache was made: a configuration change replaces the cache rather than editing it.
/// </summary>
internal sealed class ConfigurationCache
{
    private readonly ConcurrentDictionary<string, CanvasConfiguration> byFolder = new(StringComparer.Ordinal);

    public CanvasConfiguration For(string path) =>
        byFolder.GetOrAdd(Path.GetDirectoryName(path) ?? path, _ => ConfigurationLoader.LoadFor(path));
}

/// <summary>One version of a canvaslang.json open in the editor.</summary>
public sealed record ConfigurationBuffer(string Path, int Version, SourceText Text);
