using CanvasLang.Syntax.Parsing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.Export;

/// <summary>
/// Checks the shape of parsed JSON and collects located problems: each names the value's JSONPath and
/// its line and column in the text, says what was expected and what was found. Checks never throw
/// on a wrong type, so one pass reports every problem.
/// </summary>
internal sealed class JsonChecker(string json)
{
    private readonly int[] lineStarts = LineStarts(json);

    public List<ImportProblem> Errors { get; } = [];

    public List<ImportProblem> Warnings { get; } = [];

    public void Error(JToken token, string path, string message) => Errors.Add(At(token, path, message));

    public void Warning(JToken token, string path, string message) => Warnings.Add(At(token, path, message));

    public ImportProblem At(JToken token, string path, string message)
    {
        var (line, column) = Start(token);
        return new ImportProblem(path, message, line, column);
    }

    /// <summary>The object, or null after reporting what else was there.</summary>
    public JObject? Object(JToken token, string path, string what)
    {
        if (token is JObject o)
        {
            return o;
        }

        Error(token, path, $"expected {what} (an object), found {Found(token)}");
        return null;
    }

    /// <summary>Each element of an array, with its path; nothing after reporting a value that is not an array.</summary>
    public IEnumerable<(JToken Item, string Path)> Items(JToken token, string path, string what, int minItems = 0)
    {
        if (token is not JArray array)
        {
            Error(token, path, $"expected {what} (an array), found {Found(token)}");
            return [];
        }

        if (array.Count < minItems)
        {
            Error(token, path, $"expected {what} with at least {minItems} item{(minItems == 1 ? string.Empty : "s")}, found an empty array");
        }

        return array.Select((item, i) => (item, $"{path}[{i}]"));
    }

    public string? String(JToken token, string path, string what)
    {
        if (token.Type != JTokenType.String)
        {
            Error(token, path, $"expected {what} (a string), found {Found(token)}");
            return null;
        }

        // The parser takes a NUL for a binary file and reads nothing: a canvas cannot carry it.
        var text = (string)token!;
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            Error(token, path, $"expected {what} without the NUL character (U+0000), which no canvas can hold");
            return null;
        }

        return text;
    }

    /// <summary>A string that must be one of <paramref name="words"/>; the nearest one is suggested.</summary>
    public string? OneOf(JToken token, string path, string what, IReadOnlyList<string> words, string? note = null)
    {
        var expected = $"expected {what}: {List(words)}";
        if (token.Type != JTokenType.String)
        {
            Error(token, path, $"{expected}, found {Found(token)}");
            return null;
        }

        var value = (string)token!;
        if (words.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        var suggestion = LevelWords.Closest(value, words) is { } near ? $"; did you mean `{near}`?" : string.Empty;
        Error(token, path, $"{expected}, found {Found(token)}{note}{suggestion}");
        return null;
    }

    /// <summary>JSONPath of a property: dotted when the name allows it, bracketed otherwise.</summary>
    public static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$') && !char.IsAsciiDigit(name[0])
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>What a value is, in a message: `null`, `an object`, `the number 12`, `"bogus"`.</summary>
    public static string Found(JToken token) => token.Type switch
    {
        JTokenType.Null or JTokenType.Undefined => "null",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.String => JsonConvert.ToString(Shorten((string)token!)),
        JTokenType.Integer or JTokenType.Float => $"the number {Shorten(token.ToString(Newtonsoft.Json.Formatting.None))}",
        JTokenType.Boolean => (bool)token ? "true" : "false",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    /// <summary>"a, b or c" (or "a, b and c").</summary>
    public static string List(IReadOnlyList<string> words, string conjunction = "or") =>
        words.Count < 2 ? string.Join(string.Empty, words) : $"{string.Join(", ", words.Take(words.Count - 1))} {conjunction} {words[^1]}";

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    /// <summary>
    /// Where a token starts (1-based line and column). Newtonsoft records where a token ends; its start
    /// is found by reading back over the text: to the opening quote of a string, over a number or
    /// literal, one character for a bracket, over the colon and the name of a property.
    /// </summary>
    public (int Line, int Column) Start(JToken token)
    {
        if (token is not IJsonLineInfo info || !info.HasLineInfo() || info.LineNumber < 1 || info.LineNumber > lineStarts.Length)
        {
            return (0, 0);
        }

        var line = info.LineNumber - 1;
        var end = Math.Min(lineStarts[line] + info.LinePosition, json.Length);
        var start = token switch
        {
            JContainer and not JProperty => end - 1,
            JProperty => NameStart(end),
            JValue { Type: JTokenType.String } => QuotedStart(end),
            _ => LiteralStart(end),
        };
        start = Math.Clamp(start, lineStarts[0], Math.Max(0, end));
        var startLine = Array.BinarySearch(lineStarts, start);
        startLine = startLine >= 0 ? startLine : ~startLine - 1;
        return (startLine + 1, start - lineStarts[startLine] + 1);
    }

    private int NameStart(int end)
    {
        var i = end - 1;
        while (i >= 0 && (json[i] == ':' || char.IsWhiteSpace(json[i])))
        {
            i--;
        }

        return i >= 0 && json[i] is '"' or '\'' ? QuotedStart(i + 1) : LiteralStart(i + 1);
    }

    /// <summary>The opening quote matching the closing one just before <paramref name="end"/>.</summary>
    private int QuotedStart(int end)
    {
        var close = end - 1;
        if (close < 0 || json[close] is not ('"' or '\''))
        {
            return Math.Max(0, close);
        }

        for (var i = close - 1; i >= 0; i--)
        {
            if (json[i] != json[close])
            {
                continue;
            }

            var backslashes = 0;
            while (i - backslashes - 1 >= 0 && json[i - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 0)
            {
                return i;
            }
        }

        return close;
    }

    private int LiteralStart(int end)
    {
        var i = end;
        while (i > 0 && (char.IsAsciiLetterOrDigit(json[i - 1]) || json[i - 1] is '.' or '+' or '-' or '_' or '$'))
        {
            i--;
        }

        return i == end ? Math.Max(0, end - 1) : i;
    }

    /// <summary>Line starts as Newtonsoft counts lines: after \n, after \r not followed by \n.</summary>
    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
