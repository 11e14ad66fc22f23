using CanvasLang.Semantics.Configuration;
using CanvasLang.Semantics.Rules;
using CanvasLang.Syntax.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CanvasLang.EditorServices.CodeActions;

/// <summary>
/// Changes to canvaslang.json as the fewest text edits on the text as it is: only the rule's entry
/// (or the `rules` member, or one option) is inserted or replaced; every comment, the key order,
/// the indentation, the line endings and the trailing-comma style of the file are kept. A text that
/// is not valid JSONC, or whose root or `rules` is not an object, is not touched (null).
/// </summary>
internal static class JsoncEdits
{
    public const string SchemaUri = "https://raw.githubusercontent.com/canvaslang/canvaslang/main/docs/schema/canvaslang.schema.json";

    public const string AcceptedWords = "acceptedWords";

    /// <summary>Edits that give <paramref name="rule"/> the severity <paramref name="severity"/> (error, warning, info, hint or off); empty when it already has it.</summary>
    public static IReadOnlyList<TextEdit>? SetSeverity(SourceText text, RuleDescriptor rule, string severity) =>
        Change(text, rule, new JValue(severity), (editor, entry) => entry.Value switch
        {
            JsoncObject settings when settings.Last("severity") is { } current =>
                current.Value is JsoncScalar { Type: JTokenType.String } s && s.Value == severity ? [] : [editor.Replace(current.Value.Span, Quote(severity))],
            JsoncObject settings => editor.InsertMember(settings, "severity", new JValue(severity)),
            JsoncScalar { Type: JTokenType.String } s when s.Value == severity => [],
            _ => [editor.Replace(entry.Value.Span, Quote(severity))],
        });

    /// <summary>Edits that add <paramref name="word"/> to the rule's acceptedWords; empty when it is there already.</summary>
    public static IReadOnlyList<TextEdit>? AcceptWord(SourceText text, RuleDescriptor rule, string word) =>
        Change(text, rule, new JObject { [AcceptedWords] = new JArray(word) }, (editor, entry) => entry.Value switch
        {
            JsoncObject settings => settings.Last(AcceptedWords) switch
            {
                null => editor.InsertMember(settings, AcceptedWords, new JArray(word)),
                { Value: JsoncArray words } when words.Items.Any(w => w is JsoncScalar { Value: { } v } && string.Equals(v, word, StringComparison.OrdinalIgnoreCase)) => [],
                { Value: JsoncArray words } => editor.InsertItem(words, Quote(word)),
                _ => null, // a wrong value, reported as CV900: left for the user to fix
            },

            // "CV101": "info" becomes { "severity": "info", "acceptedWords": [...] }, keeping the severity as written.
            JsoncScalar { Type: JTokenType.String } severity =>
                [editor.Replace(severity.Span, $"{{ \"severity\": {severity.Raw}, \"{AcceptedWords}\": [{Quote(word)}] }}")],
            _ => null,
        });

    /// <summary>The text of a new canvaslang.json holding the schema and one rule entry.</summary>
    public static string NewFile(RuleDescriptor rule, JToken entry)
    {
        var root = new JObject { ["$schema"] = SchemaUri, ["rules"] = new JObject { [rule.Id] = entry } };
        return Render(root, string.Empty, new Style("\n", "  ", TrailingCommas: false), multiline: true) + "\n";
    }

    /// <summary>
    /// Finds the rule's entry (the last one naming it by id or name: the one that applies) and edits
    /// it, or adds the entry, or the `rules` member, or (in a file of only comments) the whole object.
    /// </summary>
    private static IReadOnlyList<TextEdit>? Change(SourceText text, RuleDescriptor rule, JToken newEntry, Func<Editor, JsoncMember, IReadOnlyList<TextEdit>?> changeEntry)
    {
        var document = JsoncDocument.Parse(text);
        var editor = new Editor(document);
        if (document.IsEmpty)
        {
            var prefix = text.Length == 0 || text.Text.EndsWith('\n') ? string.Empty : editor.Style.Newline;
            var created = NewFile(rule, newEntry).Replace("\n", editor.Style.Newline, StringComparison.Ordinal);
            return [new TextEdit(new TextSpan(text.Length, 0), prefix + created)];
        }

        if (document.Root is not JsoncObject root)
        {
            return null;
        }

        switch (root.Last("rules"))
        {
            case null:
                return editor.InsertMember(root, "rules", new JObject { [rule.Id] = newEntry });
            case { Value: JsoncObject rules }:
                var entry = rules.Members.LastOrDefault(m => RuleCatalog.Find(m.Name) is { } named && named.Id == rule.Id);
                return entry is null ? editor.InsertMember(rules, KeyFor(rules, rule), newEntry) : changeEntry(editor, entry);
            default:
                return null;
        }
    }

    /// <summary>Rules are added by id, unless the file names most of its rules by name.</summary>
    private static string KeyFor(JsoncObject rules, RuleDescriptor rule)
    {
        var known = rules.Members.Select(m => (m.Name, Rule: RuleCatalog.Find(m.Name))).Where(m => m.Rule is not null).ToList();
        var byName = known.Count(m => string.Equals(m.Name, m.Rule!.Name, StringComparison.OrdinalIgnoreCase));
        return byName * 2 > known.Count ? rule.Name : rule.Id;
    }

    private static string Quote(string value) => JsonConvert.ToString(value);

    /// <summary>JSON for a new value: objects over lines at <paramref name="indent"/> (or on one line), arrays on one line.</summary>
    private static string Render(JToken value, string indent, Style style, bool multiline)
    {
        switch (value)
        {
            case JObject { Count: 0 }:
                return "{}";
            case JObject o when multiline:
                var inner = indent + style.Unit;
                var members = o.Properties().Select((p, i) =>
                    inner + Quote(p.Name) + ": " + Render(p.Value, inner, style, multiline) + (i < o.Count - 1 || style.TrailingCommas ? "," : string.Empty));
                return "{" + style.Newline + string.Join(style.Newline, members) + style.Newline + indent + "}";
            case JObject o:
                return "{ " + string.Join(", ", o.Properties().Select(p => Quote(p.Name) + ": " + Render(p.Value, indent, style, false))) + " }";
            case JArray a:
                return "[" + string.Join(", ", a.Select(i => Render(i, indent, style, false))) + "]";
            default:
                return value.ToString(Newtonsoft.Json.Formatting.None);
        }
    }

    /// <summary>How the file is written: its line ending, one level of indentation, whether containers end with a comma.</summary>
    private sealed record Style(string Newline, string Unit, bool TrailingCommas)
    {
        public static Style Of(JsoncDocument document)
        {
            var text = document.Text.Text;
            var newline = text.IndexOf('\n', StringComparison.Ordinal) is var n and > 0 && text[n - 1] == '\r' ? "\r\n" : "\n";
            var unit = "  ";
            var smallest = int.MaxValue;
            for (var line = 0; line < document.Text.LineCount; line++)
            {
                var content = document.Text.LineText(line);
                var trimmed = content.TrimStart(' ', '\t');
                var width = content.Length - trimmed.Length;
                if (width == 0 || !trimmed.StartsWith('"'))
                {
                    continue;
                }

                if (content[0] == '\t')
                {
                    unit = "\t";
                    break;
                }

                if (width < smallest)
                {
                    smallest = width;
                    unit = new string(' ', width);
                }
            }

            return new Style(newline, unit, document.UsesTrailingCommas);
        }
    }

    /// <summary>Insertions into objects and arrays of one document, in its style.</summary>
    private sealed class Editor(JsoncDocument document)
    {
        private readonly SourceText text = document.Text;

        public Style Style { get; } = Style.Of(document);

        public TextEdit Replace(TextSpan span, string newText) => new(span, newText);

        /// <summary>Adds <c>"name": value</c> as the object's last member, on its own line when the object spans lines.</summary>
        public IReadOnlyList<TextEdit> InsertMember(JsoncObject target, string name, JToken value)
        {
            var isRoot = ReferenceEquals(target, document.Root);
            string Member(string indent, bool multiline) => Quote(name) + ": " + Render(value, indent, Style, multiline);
            if (target.Members.Length == 0)
            {
                return InsertIntoEmpty(target.Span, isRoot, Member);
            }

            var last = target.Members[^1];
            return InsertAfter(target.Span, last.NameSpan.Start, last.Value.Span.End, last.Comma, Member);
        }

        /// <summary>Adds an item (already JSON) as the array's last item.</summary>
        public IReadOnlyList<TextEdit> InsertItem(JsoncArray target, string item)
        {
            if (target.Items.Length == 0)
            {
                return InsertIntoEmpty(target.Span, isRoot: false, (_, _) => item);
            }

            var last = target.Items[^1];
            return InsertAfter(target.Span, last.Span.Start, last.Span.End, target.Commas[^1], (_, _) => item);
        }

        private IReadOnlyList<TextEdit> InsertAfter(TextSpan container, int lastStart, int lastEnd, int? lastComma, Func<string, bool, string> element)
        {
            var close = container.End - 1;
            var afterLast = lastComma is { } comma ? comma + 1 : lastEnd;
            if (text.LineOf(afterLast) == text.LineOf(close))
            {
                // One line: `{ "a": 1 }` → `{ "a": 1, "b": 2 }` (or `{ "a": 1, "b": 2, }` when it ended with a comma).
                var inline = element(IndentOf(container.Start), false);
                return lastComma is { } c ? [new TextEdit(new TextSpan(c + 1, 0), " " + inline + ",")] : [new TextEdit(new TextSpan(lastEnd, 0), ", " + inline)];
            }

            // Over lines: a new line with the last element's indentation, after any comment that ends its line.
            var indent = StartsLine(lastStart) ? IndentOf(lastStart) : IndentOf(container.Start) + Style.Unit;
            var line = Style.Newline + indent + element(indent, true);
            var tail = EndOfLine(afterLast);
            if (lastComma is not null)
            {
                return [new TextEdit(new TextSpan(tail, 0), line + ",")];
            }

            return tail == lastEnd
                ? [new TextEdit(new TextSpan(lastEnd, 0), "," + line)]
                : [new TextEdit(new TextSpan(lastEnd, 0), ","), new TextEdit(new TextSpan(tail, 0), line)];
        }

        private IReadOnlyList<TextEdit> InsertIntoEmpty(TextSpan container, bool isRoot, Func<string, bool, string> element)
        {
            var open = container.Start;
            var close = container.End - 1;
            var inner = TextSpan.FromBounds(open + 1, close);
            var innerText = text[inner];
            var blank = string.IsNullOrWhiteSpace(innerText);
            var outer = IndentOf(open);
            if (!isRoot && !innerText.Contains('\n', StringComparison.Ordinal) && !innerText.Contains('\r', StringComparison.Ordinal))
            {
                var inline = element(outer, false);
                return blank ? [new TextEdit(inner, " " + inline + " ")] : [new TextEdit(new TextSpan(close, 0), inline + " ")];
            }

            var indent = outer + Style.Unit;
            var member = indent + element(indent, true) + (Style.TrailingCommas ? "," : string.Empty);
            if (blank)
            {
                return [new TextEdit(inner, Style.Newline + member + Style.Newline + outer)];
            }

            return StartsLine(close)
                ? [new TextEdit(new TextSpan(text.LineStart(text.LineOf(close)), 0), member + Style.Newline)]
                : [new TextEdit(new TextSpan(close, 0), Style.Newline + member + Style.Newline + outer)];
        }

        /// <summary>Where the line of <paramref name="offset"/> ends, past spaces and comments that end on it; not past anything else.</summary>
        private int EndOfLine(int offset)
        {
            var t = text.Text;
            var content = offset;
            var p = offset;
            while (p < t.Length)
            {
                if (t[p] is ' ' or '\t')
                {
                    p++;
                }
                else if (t[p] == '/' && p + 1 < t.Length && t[p + 1] == '/')
                {
                    var end = t.IndexOfAny(['\r', '\n'], p);
                    return end < 0 ? t.Length : end;
                }
                else if (t[p] == '/' && p + 1 < t.Length && t[p + 1] == '*')
                {
                    var end = t.IndexOf("*/", p + 2, StringComparison.Ordinal);
                    if (end < 0 || t.AsSpan(p, end - p).IndexOfAny('\r', '\n') >= 0)
                    {
                        return content;
                    }

                    p = content = end + 2;
                }
                else
                {
                    return content;
                }
            }

            return content;
        }

        private bool StartsLine(int offset) => text.Text.AsSpan(text.LineStart(text.LineOf(offset)), offset - text.LineStart(text.LineOf(offset))).IsWhiteSpace();

        private string IndentOf(int offset)
        {
            var line = text.LineText(text.LineOf(offset));
            return line[..(line.Length - line.TrimStart(' ', '\t').Length)];
        }
    }
}
