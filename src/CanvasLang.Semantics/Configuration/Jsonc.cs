using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CanvasLang.Syntax.Text;
using Newtonsoft.Json.Linq;

namespace CanvasLang.Semantics.Configuration;

/// <summary>A JSONC value with the exact span of its text (quotes, brackets and braces included).</summary>
public abstract record JsoncNode(TextSpan Span)
{
    /// <summary>The value as Newtonsoft.Json sees it (for a duplicate key, the last value wins, as in JSON.parse).</summary>
    public abstract JToken ToToken();
}

/// <summary>A string, number, <c>true</c>, <c>false</c> or <c>null</c>; <see cref="Value"/> is the decoded string for strings.</summary>
public sealed record JsoncScalar(TextSpan Span, JTokenType Type, string Raw, string? Value) : JsoncNode(Span)
{
    public override JToken ToToken() => Type switch
    {
        JTokenType.String => new JValue(Value),
        JTokenType.Boolean => new JValue(Raw == "true"),
        JTokenType.Null => JValue.CreateNull(),
        JTokenType.Integer when long.TryParse(Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => new JValue(whole),
        _ => new JValue(double.Parse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture)),
    };
}

/// <summary>One <c>"name": value</c> of an object; <see cref="Comma"/> is the offset of the comma after it, when there is one.</summary>
public sealed record JsoncMember(string Name, TextSpan NameSpan, JsoncNode Value, int? Comma)
{
    public TextSpan Span => TextSpan.FromBounds(NameSpan.Start, Value.Span.End);
}

public sealed record JsoncObject(TextSpan Span, ImmutableArray<JsoncMember> Members) : JsoncNode(Span)
{
    /// <summary>A comma follows the last member (JSONC allows it).</summary>
    public bool HasTrailingComma => Members.Length > 0 && Members[^1].Comma is not null;

    /// <summary>The last member of that name: the one that applies.</summary>
    public JsoncMember? Last(string name) => Members.LastOrDefault(m => m.Name == name);

    public override JToken ToToken()
    {
        var o = new JObject();
        foreach (var member in Members)
        {
            o[member.Name] = member.Value.ToToken();
        }

        return o;
    }
}

/// <summary>An array; <see cref="Commas"/> holds, per item, the offset of the comma after it (null for none).</summary>
public sealed record JsoncArray(TextSpan Span, ImmutableArray<JsoncNode> Items, ImmutableArray<int?> Commas) : JsoncNode(Span)
{
    public bool HasTrailingComma => Commas.Length > 0 && Commas[^1] is not null;

    public override JToken ToToken() => new JArray(Items.Select(i => i.ToToken()));
}

/// <summary>Where and why a text is not JSONC.</summary>
public sealed record JsoncError(TextSpan Span, string Message);

/// <summary>
/// JSON with comments (<c>//</c>, <c>/* */</c>) and trailing commas, as canvaslang.json is written:
/// every value keeps its exact span, so problems are reported where they are and edits touch only
/// what they change. Strict otherwise: strings in double quotes, JSON numbers, one value per file.
/// </summary>
public sealed class JsoncDocument
{
    private const int MaxDepth = 64;

    private JsoncDocument(SourceText text, JsoncNode? root, JsoncError? error, ImmutableArray<TextSpan> comments)
    {
        Text = text;
        Root = root;
        Error = error;
        Comments = comments;
    }

    public SourceText Text { get; }

    /// <summary>The value of the file; null when it is not valid JSONC or holds no value at all.</summary>
    public JsoncNode? Root { get; }

    /// <summary>The first syntax error; null when the text is valid JSONC.</summary>
    public JsoncError? Error { get; }

    /// <summary>True when the text holds nothing but whitespace and comments.</summary>
    public bool IsEmpty => Root is null && Error is { Message: EmptyMessage };

    /// <summary>Every comment read before parsing stopped, in order.</summary>
    public ImmutableArray<TextSpan> Comments { get; }

    /// <summary>True when some object or array of the file ends with a comma (the file's trailing-comma style).</summary>
    public bool UsesTrailingCommas => Root is not null && Containers(Root).Any(c => c is JsoncObject { HasTrailingComma: true } or JsoncArray { HasTrailingComma: true });

    internal const string EmptyMessage = "the file holds no value";

    public static JsoncDocument Parse(string text) => Parse(SourceText.From(text));

    public static JsoncDocument Parse(SourceText text)
    {
        var parser = new Parser(text.Text);
        JsoncNode? root = null;
        JsoncError? error;
        try
        {
            parser.SkipTrivia();
            if (parser.AtEnd)
            {
                throw new ParseException(new TextSpan(text.Length, 0), EmptyMessage);
            }

            root = parser.Value(0);
            parser.SkipTrivia();
            if (!parser.AtEnd)
            {
                throw parser.Unexpected("after the end of the value (a file holds one value)");
            }

            error = null;
        }
        catch (ParseException e)
        {
            root = null;
            error = new JsoncError(e.Span, e.Message);
        }

        return new JsoncDocument(text, root, error, [.. parser.Comments]);
    }

    /// <summary>The node and every object or array inside it.</summary>
    public static IEnumerable<JsoncNode> Containers(JsoncNode node)
    {
        var stack = new Stack<JsoncNode>([node]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            switch (current)
            {
                case JsoncObject o:
                    yield return o;
                    foreach (var m in o.Members)
                    {
                        stack.Push(m.Value);
                    }

                    break;
                case JsoncArray a:
                    yield return a;
                    foreach (var i in a.Items)
                    {
                        stack.Push(i);
                    }

                    break;
            }
        }
    }

    private sealed class ParseException(TextSpan span, string message) : Exception(message)
    {
        public TextSpan Span { get; } = span;
    }

    private sealed class Parser(string text)
    {
        private int position;

        public List<TextSpan> Comments { get; } = [];

        public bool AtEnd => position >= text.Length;

        public void SkipTrivia()
        {
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '\uFEFF' || char.IsWhiteSpace(c))
                {
                    position++;
                }
                else if (c == '/' && Peek(1) == '/')
                {
                    var start = position;
                    while (position < text.Length && text[position] is not ('\n' or '\r'))
                    {
                        position++;
                    }

                    Comments.Add(TextSpan.FromBounds(start, position));
                }
                else if (c == '/' && Peek(1) == '*')
                {
                    var start = position;
                    var end = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw new ParseException(new TextSpan(start, 2), "a /* comment is never closed with */");
                    }

                    position = end + 2;
                    Comments.Add(TextSpan.FromBounds(start, position));
                }
                else
                {
                    return;
                }
            }
        }

        public JsoncNode Value(int depth)
        {
            if (AtEnd)
            {
                throw new ParseException(new TextSpan(text.Length, 0), "the file ends where a value was expected");
            }

            var c = text[position];
            return c switch
            {
                '{' => Object(depth + 1),
                '[' => Array(depth + 1),
                '"' => String(),
                '-' or (>= '0' and <= '9') => Number(),
                _ when char.IsAsciiLetter(c) => Literal(),
                '\'' => throw new ParseException(WordSpan(), "strings must be in double quotes"),
                _ => throw Unexpected("where a value was expected"),
            };
        }

        /// <summary>The token at the position (never at the end: callers check that first) was not expected there.</summary>
        public ParseException Unexpected(string where)
        {
            var span = WordSpan();
            return new ParseException(span, $"unexpected `{Shorten(text.Substring(span.Start, span.Length))}` {where}");
        }

        private JsoncObject Object(int depth)
        {
            CheckDepth(depth);
            var start = position++;
            var members = ImmutableArray.CreateBuilder<JsoncMember>();
            while (true)
            {
                SkipTrivia();
                if (AtEnd)
                {
                    throw Unclosed(start, '}');
                }

                if (text[position] == '}')
                {
                    position++;
                    return new JsoncObject(TextSpan.FromBounds(start, position), members.ToImmutable());
                }

                if (members.Count > 0 && members[^1].Comma is null)
                {
                    throw Unexpected("after a property: expected `,` or `}`");
                }

                if (text[position] != '"')
                {
                    throw text[position] == ',' ? Unexpected("where a property was expected") : new ParseException(WordSpan(), "property names must be strings in double quotes");
                }

                var name = String();
                SkipTrivia();
                if (AtEnd || text[position] != ':')
                {
                    throw AtEnd ? Unclosed(start, '}') : Unexpected($"after the property name {name.Raw}: expected `:`");
                }

                position++;
                SkipTrivia();
                var value = Value(depth);
                SkipTrivia();
                int? comma = null;
                if (!AtEnd && text[position] == ',')
                {
                    comma = position++;
                }

                members.Add(new JsoncMember(name.Value!, name.Span, value, comma));
            }
        }

        private JsoncArray Array(int depth)
        {
            CheckDepth(depth);
            var start = position++;
            var items = ImmutableArray.CreateBuilder<JsoncNode>();
            var commas = ImmutableArray.CreateBuilder<int?>();
            while (true)
            {
                SkipTrivia();
                if (AtEnd)
                {
                    throw Unclosed(start, ']');
                }

                if (text[position] == ']')
                {
                    position++;
                    return new JsoncArray(TextSpan.FromBounds(start, position), items.ToImmutable(), commas.ToImmutable());
                }

                if (items.Count > 0 && commas[^1] is null)
                {
                    throw Unexpected("after an item: expected `,` or `]`");
                }

                if (text[position] == ',')
                {
                    throw Unexpected("where an item was expected");
                }

                items.Add(Value(depth));
                SkipTrivia();
                commas.Add(!AtEnd && text[position] == ',' ? position++ : null);
            }
        }

        private JsoncScalar String()
        {
            var start = position++;
            var value = new StringBuilder();
            while (true)
            {
                if (AtEnd || text[position] is '\n' or '\r')
                {
                    throw new ParseException(TextSpan.FromBounds(start, position), "a string is not closed with `\"` on its line");
                }

                var c = text[position];
                if (c == '"')
                {
                    position++;
                    return new JsoncScalar(TextSpan.FromBounds(start, position), JTokenType.String, text[start..position], value.ToString());
                }

                if (c < ' ')
                {
                    throw new ParseException(new TextSpan(position, 1), "a control character must be escaped inside a string");
                }

                if (c != '\\')
                {
                    value.Append(c);
                    position++;
                    continue;
                }

                var escape = Peek(1);
                switch (escape)
                {
                    case '"' or '\\' or '/':
                        value.Append(escape);
                        break;
                    case 'b':
                        value.Append('\b');
                        break;
                    case 'f':
                        value.Append('\f');
                        break;
                    case 'n':
                        value.Append('\n');
                        break;
                    case 'r':
                        value.Append('\r');
                        break;
                    case 't':
                        value.Append('\t');
                        break;
                    case 'u' when position + 6 <= text.Length && int.TryParse(text.AsSpan(position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                        value.Append((char)code);
                        position += 4;
                        break;
                    default:
                        throw new ParseException(new TextSpan(position, Math.Min(2, text.Length - position)), "invalid escape in a string (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)");
                }

                position += 2;
            }
        }

        private JsoncScalar Number()
        {
            var start = position;
            var isFloat = false;
            if (Peek(0) == '-')
            {
                position++;
            }

            if (Peek(0) == '0')
            {
                position++;
            }
            else if (char.IsAsciiDigit(Peek(0)))
            {
                Digits();
            }
            else
            {
                throw Invalid();
            }

            if (Peek(0) == '.')
            {
                isFloat = true;
                position++;
                if (!char.IsAsciiDigit(Peek(0)))
                {
                    throw Invalid();
                }

                Digits();
            }

            if (Peek(0) is 'e' or 'E')
            {
                isFloat = true;
                position++;
                if (Peek(0) is '+' or '-')
                {
                    position++;
                }

                if (!char.IsAsciiDigit(Peek(0)))
                {
                    throw Invalid();
                }

                Digits();
            }

            if (char.IsAsciiLetterOrDigit(Peek(0)) || Peek(0) is '_' or '.')
            {
                throw Invalid();
            }

            return new JsoncScalar(TextSpan.FromBounds(start, position), isFloat ? JTokenType.Float : JTokenType.Integer, text[start..position], null);

            ParseException Invalid()
            {
                position = start;
                var span = WordSpan();
                return new ParseException(span, $"`{Shorten(text.Substring(span.Start, span.Length))}` is not a JSON number");
            }
        }

        private JsoncScalar Literal()
        {
            var span = WordSpan();
            var word = text.Substring(span.Start, span.Length);
            var type = word switch
            {
                "true" or "false" => JTokenType.Boolean,
                "null" => JTokenType.Null,
                _ => throw new ParseException(span, $"unexpected `{Shorten(word)}`: text values must be strings in double quotes"),
            };
            position = span.End;
            return new JsoncScalar(span, type, word, null);
        }

        private void Digits()
        {
            while (char.IsAsciiDigit(Peek(0)))
            {
                position++;
            }
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new ParseException(new TextSpan(position, 1), $"values are nested more than {MaxDepth} levels deep");
            }
        }

        private ParseException Unclosed(int open, char close) =>
            new(new TextSpan(text.Length, 0), $"the file ends before `{close}` closes the `{text[open]}` on line {LineOf(open) + 1}");

        /// <summary>The string or run of word characters at the position, or the one character there.</summary>
        private TextSpan WordSpan()
        {
            var end = position;
            if (Peek(0) == '"')
            {
                end = position + 1;
                while (end < text.Length && text[end] is not ('"' or '\n' or '\r'))
                {
                    end += text[end] == '\\' ? 2 : 1;
                }

                return TextSpan.FromBounds(position, end < text.Length && text[end] == '"' ? end + 1 : Math.Min(end, text.Length));
            }

            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '$' or '.' or '-' or '+' or '\''))
            {
                end++;
            }

            return TextSpan.FromBounds(position, Math.Max(end, Math.Min(position + 1, text.Length)));
        }

        private int LineOf(int offset)
        {
            var line = 0;
            for (var i = 0; i < offset; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                }
            }

            return line;
        }

        private char Peek(int ahead) => position + ahead < text.Length ? text[position + ahead] : '\0';

        private static string Shorten(string word) => word.Length > 30 ? word[..30] + "…" : word;
    }
}
