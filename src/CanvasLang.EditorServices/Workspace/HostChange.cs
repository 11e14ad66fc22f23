using System.Collections.Immutable;

namespace CanvasLang.EditorServices.Workspace;

/// <summary>What the editor tells the host; <see cref="AnalysisHost.ApplyChange"/> applies one at a time, in order.</summary>
public abstract record HostChange;

/// <summary>A canvas opened with its text.</summary>
public sealed record DocumentOpened(string Path, int Version, string Text) : HostChange;

/// <summary>Edits to an open canvas, in order; a change without a range replaces the whole text.</summary>
public sealed record DocumentEdited(string Path, int Version, IReadOnlyList<TextChange> Changes) : HostChange;

public sealed record DocumentClosed(string Path) : HostChange;

/// <summary>A canvaslang.json opened in the editor (its unsaved text is what edits to it apply to).</summary>
public sealed record ConfigurationOpened(string Path, int Version, string Text) : HostChange;

public sealed record ConfigurationEdited(string Path, int Version, IReadOnlyList<TextChange> Changes) : HostChange;

public sealed record ConfigurationClosed(string Path) : HostChange;

/// <summary>Files changed on disk (watched files, saves): cached trees, and configurations when a canvaslang.json is among them, are read again.</summary>
public sealed record FilesChanged(ImmutableArray<string> Paths) : HostChange;

/// <summary>The editor's settings changed: every configuration is read again.</summary>
public sealed record SettingsChanged : HostChange;

/// <summary>The workspace folders (full paths).</summary>
public sealed record RootsChanged(ImmutableArray<string> Roots) : HostChange;

/// <summary>What a change did: its outcome, the snapshot after it, and the document or configuration buffer it touched.</summary>
public sealed record ChangeResult(ChangeOutcome Outcome, Analysis Analysis, DocumentSnapshot? Document = null, ConfigurationBuffer? Configuration = null);
