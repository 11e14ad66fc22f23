namespace CanvasLang.EditorServices.Export;

/// <summary>
/// Something wrong (or only worth knowing) in JSON given to the importer: the JSONPath of the value,
/// its line and column in the JSON text (1-based; 0 when unknown), and what was expected there.
/// </summary>
public sealed record ImportProblem(string Path, string Message, int Line = 0, int Column = 0)
{
    public bool HasPosition => Line > 0;

    /// <summary>`line:col: $.path: message`, leaving out what is unknown.</summary>
    public override string ToString() =>
        (HasPosition ? $"{Line}:{Column}: " : string.Empty) + (Path.Length > 0 ? $"{Path}: " : string.Empty) + Message;
}

/// <summary>
/// The importer's refusal: every problem it found, not only the first. A <see cref="FormatException"/>,
/// so callers that only want a reason can keep catching that.
/// </summary>
public sealed class ImportException : FormatException
{
    public ImportException(IReadOnlyList<ImportProblem> problems, Exception? inner = null)
        : base(string.Join("\n", problems), inner) => Problems = problems;

    public ImportException(ImportProblem problem, Exception? inner = null)
        : this([problem], inner)
    {
    }

    public IReadOnlyList<ImportProblem> Problems { get; }
}
