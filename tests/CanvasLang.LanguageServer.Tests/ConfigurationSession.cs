using System.Text;
using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>
/// canvaslang.json through a whole session: CV900 published on its URI (from disk, then from the
/// editor's buffer), cleared when fixed and when deleted, no canvas features on it, and the configure
/// action applied to a commented file. Shared by the in-process and the real-process tests.
/// </summary>
internal static class ConfigurationSession
{
    public const string Broken = "{\n  // team settings\n  \"rules\": {\n    \"vauge-entry\": \"off\"\n  }\n}\n";

    public const string Fixed = "{\n  // team settings\n  \"rules\": {\n    \"vague-entry\": \"warning\"\n  }\n}\n";

    public const string Commented = "{\n  // why: the interviews are not in yet\n  \"rules\": {\n    \"vague-entry\": \"warning\" /* the default */\n  },\n  /* fixed for CI */\n  \"today\": \"2026-11-01\",\n}\n";

    public static async Task RunAsync(LspClient client, string folder)
    {
        var config = Path.Combine(folder, "canvaslang.json");
        var configUri = new Uri(config).AbsoluteUri;
        var canvasUri = new Uri(Path.Combine(folder, "coffee.canvas")).AbsoluteUri;
        File.WriteAllText(config, Broken);

        // 1. Opening a canvas loads the configuration: its problem is published on the json, exactly located.
        var seen = Seen(client);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = canvasUri, languageId = "canvaslang", version = 1, text = Samples.Coffee } });
        var published = await Next(client, seen, configUri, d => d.Count > 0);
        var problem = published["diagnostics"]!.ShouldHaveSingleItem();
        problem["code"]!.ToString().ShouldBe("CV900");
        problem["severity"]!.Value<int>().ShouldBe(1);
        problem["codeDescription"]!["href"]!.ToString().ShouldEndWith("/docs/rules/CV900.md");
        problem["message"]!.ToString().ShouldContain("did you mean `vague-entry`?");
        Range(problem).ShouldBe((3, 4, 3, 17));
        published["version"].ShouldBeNull();
        var canvas = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["uri"]!.ToString() == canvasUri);
        var warning = canvas["params"]!["diagnostics"]!.First(d => d["severity"]!.Value<int>() > 1 && d["code"]!.ToString() != "CV101");
        var code = warning["code"]!.ToString();

        // 2. Fixed on disk: cleared.
        seen = Seen(client);
        File.WriteAllText(config, Fixed);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = configUri, type = 2 } } });
        await Next(client, seen, configUri, d => d.Count == 0);

        // 3. Edited in the editor: the buffer's problems, with its version, and nothing of a canvas.
        seen = Seen(client);
        var typed = Fixed.Replace("\"warning\"", "\"loud\"", StringComparison.Ordinal);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = configUri, languageId = "json", version = 1, text = typed } });
        published = await Next(client, seen, configUri, d => d.Count > 0);
        published["version"]!.Value<int>().ShouldBe(1);
        var loud = published["diagnostics"]!.ShouldHaveSingleItem();
        loud["message"]!.ToString().ShouldContain("severity of CV101 must be");
        Range(loud).ShouldBe((3, 19, 3, 25));
        var at = new { line = 3, character = 20 };
        (await client.CallAsync("textDocument/hover", new { textDocument = new { uri = configUri }, position = at })).Type.ShouldBe(JTokenType.Null);
        (await client.CallAsync("textDocument/completion", new { textDocument = new { uri = configUri }, position = at })).Type.ShouldBe(JTokenType.Null);
        (await client.CallAsync("textDocument/documentSymbol", new { textDocument = new { uri = configUri } })).Type.ShouldBe(JTokenType.Null);
        (await client.CallAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = configUri } })).Type.ShouldBe(JTokenType.Null);
        (await client.CallAsync("textDocument/foldingRange", new { textDocument = new { uri = configUri } })).Type.ShouldBe(JTokenType.Null);
        (await client.CallAsync("textDocument/formatting", new { textDocument = new { uri = configUri }, options = new { tabSize = 2, insertSpaces = true } })).Type.ShouldBe(JTokenType.Null);
        (await client.CallAsync("textDocument/codeAction", new { textDocument = new { uri = configUri }, range = loud["range"], context = new { diagnostics = new[] { loud } } })).Type.ShouldBe(JTokenType.Null);
        var pulled = await client.CallAsync("textDocument/diagnostic", new { textDocument = new { uri = configUri } });
        pulled["kind"]!.ToString().ShouldBe("full");
        ((JArray)pulled["items"]!).ShouldBeEmpty();
        (await client.RequestAsync("canvaslang/render", new { uri = configUri, format = "html" }))["error"]!["code"]!.Value<int>().ShouldBe(-32602);

        seen = Seen(client);
        var quote = typed.IndexOf("\"loud\"", StringComparison.Ordinal) - typed.LastIndexOf('\n', typed.IndexOf("\"loud\"", StringComparison.Ordinal)) - 1;
        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = configUri, version = 2 },
            contentChanges = new[] { new { range = new { start = new { line = 3, character = quote }, end = new { line = 3, character = quote + 6 } }, text = "\"hint\"" } },
        });
        published = await Next(client, seen, configUri, d => d.Count == 0);
        published["version"]!.Value<int>().ShouldBe(2);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = configUri } });

        // 4. The configure action on a commented file: minimal edits, every comment kept, the rule now off.
        File.WriteAllText(config, Commented);
        seen = Seen(client);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = configUri, type = 2 } } });
        var actions = (JArray)await client.CallAsync("textDocument/codeAction", new { textDocument = new { uri = canvasUri }, range = warning["range"], context = new { diagnostics = new[] { warning } } });
        var configure = actions.Single(a => a["title"]!.ToString().StartsWith($"Configure {code} (", StringComparison.Ordinal));
        configure["title"]!.ToString().ShouldEndWith("in canvaslang.json: off");
        var edits = (JArray)configure["edit"]!["changes"]![configUri]!;
        var after = Apply(Commented, edits);
        foreach (var comment in new[] { "// why: the interviews are not in yet", "/* the default */", "/* fixed for CI */" })
        {
            after.ShouldContain(comment);
        }

        // The file names its rules by name, so the new entry does too; the comment stays after the value it follows.
        var name = configure["title"]!.ToString().Split('(', ')')[1];
        after.ShouldBe(Commented.Replace("\"warning\" /* the default */", $"\"warning\", /* the default */\n    \"{name}\": \"off\"", StringComparison.Ordinal));
        File.WriteAllText(config, after);
        seen = Seen(client);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = configUri, type = 2 } } });
        await Next(client, seen, canvasUri, d => d.All(x => x["code"]!.ToString() != code));

        // 5. A broken file that is deleted: its diagnostics are cleared.
        File.WriteAllText(config, Broken);
        seen = Seen(client);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = configUri, type = 2 } } });
        await Next(client, seen, configUri, d => d.Count == 1);
        File.Delete(config);
        seen = Seen(client);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = configUri, type = 3 } } });
        await Next(client, seen, configUri, d => d.Count == 0);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = canvasUri } });

        // Never a canvas finding on the configuration file.
        client.Notifications
            .Where(n => n["method"]!.ToString() == "textDocument/publishDiagnostics" && n["params"]!["uri"]!.ToString() == configUri)
            .SelectMany(n => n["params"]!["diagnostics"]!)
            .ShouldAllBe(d => d["code"]!.ToString() == "CV900");
    }

    /// <summary>The notifications received so far, so a wait can skip them.</summary>
    public static HashSet<JObject> Seen(LspClient client) => [.. client.Notifications];

    /// <summary>The params of the next publishDiagnostics for <paramref name="uri"/> (not among <paramref name="seen"/>) whose diagnostics match.</summary>
    public static async Task<JToken> Next(LspClient client, HashSet<JObject> seen, string uri, Func<JArray, bool> match)
    {
        var n = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n =>
            !seen.Contains(n) && n["params"]!["uri"]!.ToString() == uri && match((JArray)n["params"]!["diagnostics"]!));
        return n["params"]!;
    }

    public static (int, int, int, int) Range(JToken diagnostic)
    {
        var r = diagnostic["range"]!;
        return (r["start"]!["line"]!.Value<int>(), r["start"]!["character"]!.Value<int>(), r["end"]!["line"]!.Value<int>(), r["end"]!["character"]!.Value<int>());
    }

    /// <summary>Applies LSP text edits (UTF-16 line/character ranges) as a client does.</summary>
    public static string Apply(string text, JArray edits)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int Offset(JToken p) => Math.Min(text.Length, lineStarts[p["line"]!.Value<int>()] + p["character"]!.Value<int>());
        var ordered = edits.Select((e, i) => (Start: Offset(e["range"]!["start"]!), End: Offset(e["range"]!["end"]!), Text: e["newText"]!.ToString(), Index: i))
            .OrderByDescending(e => e.Start).ThenByDescending(e => e.Index);
        var result = new StringBuilder(text);
        foreach (var edit in ordered)
        {
            result.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.Text);
        }

        return result.ToString();
    }
}
