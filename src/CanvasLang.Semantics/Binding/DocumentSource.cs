using System.Collections.Concurrent;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.Semantics.Binding;

/// <summary>The outcome of reading a document: its tree, or why it could not be read.</summary>
public sealed record DocumentLoad(SyntaxTree? Tree, string? Error);

/// <summary>Where the binder gets the files an import names: the disk, or an editor's open buffers over it.</summary>
public interface IDocumentSource
{
    DocumentLoad Load(string fullPath);
}

/// <summary>Reads canvases from disk, caching parsed trees by path, size and modification time.</summary>
public sealed class FileSystemDocumentSource : IDocumentSource
{
    private readonly ConcurrentDictionary<string, (DateTime Stamp, long Length, DocumentLoad Load)> cache = new(StringComparer.Ordinal);

    public DocumentLoad Load(string fullPath)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                return new DocumentLoad(null, Directory.Exists(fullPath) ? "it is a folder, not a file" : "the file does not exist");
            }

            if (cache.TryGetValue(fullPath, out var cached) && cached.Stamp == info.LastWriteTimeUtc && cached.Length == info.Length)
            {
                return cached.Load;
            }

            var load = DocumentReader.Read(fullPath);
            cache[fullPath] = (info.LastWriteTimeUtc, info.Length, load);
            return load;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new DocumentLoad(null, DocumentReader.Describe(e));
        }
    }
}

/// <summary>Reads bytes as strict UTF-8, so invalid text gets a located message instead of silent replacement characters.</summary>
public static class DocumentReader
{
    /// <summary>Bytes beyond this are not read at all: the parser would refuse the text anyway.</summary>
    public const long MaxBytes = 3L * Syntax.Parsing.CanvasParserFacade.MaxLength;

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DocumentLoad Read(string fullPath)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxBytes)
            {
                return new DocumentLoad(null, $"the file is {info.Length / (1024 * 1024)} MB; CanvasLang reads canvases up to {Syntax.Parsing.CanvasParserFacade.MaxLength / (1024 * 1024)} MB");
            }

            var bytes = File.ReadAllBytes(fullPath);
            return FromBytes(fullPath, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new DocumentLoad(null, Describe(e));
        }
    }

    public static DocumentLoad FromBytes(string path, byte[] bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            return new DocumentLoad(null, $"the file is not valid UTF-8 (first bad byte at offset {offset}, line {line}); save it as UTF-8");
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            // A byte order mark is harmless; keep offsets aligned with what editors show by dropping it.
            text = text[1..];
        }

        return new DocumentLoad(SyntaxTree.Parse(text, path), null);
    }

    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "the file does not exist",
        _ => e.Message,
    };
}
