using CanvasLang.LanguageServer.Tests.Client;
using Newtonsoft.Json.Linq;

namespace CanvasLang.LanguageServer.Tests;

/// <summary>A whole editing session touching every feature; shared by the in-process and the end-to-end tests.</summary>
internal static class FullSession
{
    public static async Task RunAsync(LspClient client, string folder, Func<string, string> uriOf)
    {
        File.WriteAllText(Path.Combine(folder, "segments.canvas"), "segment commuters \"Urban commuters who buy coffee on the way to work\" aka \"commuter\"\n");
        var segments = uriOf("segments.canvas");
        var text = "import \"segments.canvas\"\n" + Samples.Coffee[Samples.Coffee.IndexOf("profile", StringComparison.Ordinal)..];
        var uri = uriOf("coffee.canvas");
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "canvaslang", version = 1, text } });
        var diagnostics = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["uri"]!.ToString() == uri);
        diagnostics["params"]!["diagnostics"].ShouldNotBeNull();

        var lines = text.Split('\n');
        int Line(string needle) => Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        object At(string needle, int delta = 0) => new { line = Line(needle), character = lines[Line(needle)].IndexOf(needle, StringComparison.Ordinal) + delta };
        object Doc(object position) => new { textDocument = new { uri }, position };

        // Completion after `relieves ` lists the pains, with their text.
        var relievesLine = Line("relieves queue");
        var edit = new { range = new { start = new { line = relievesLine, character = lines[relievesLine].Length }, end = new { line = relievesLine, character = lines[relievesLine].Length } }, text = ", " };
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 2 }, contentChanges = new[] { edit } });
        var completion = await client.CallAsync("textDocument/completion", Doc(new { line = relievesLine, character = lines[relievesLine].Length + 2 }));
        completion["items"]!.Select(i => i["label"]!.ToString()).ShouldContain("cash");
        completion["isIncomplete"]!.Value<bool>().ShouldBeFalse();

        // The list carries no documentation; resolving an item adds it and keeps the rest.
        var cash = (JObject)completion["items"]!.First(i => i["label"]!.ToString() == "cash");
        cash["documentation"].ShouldBeNull();
        var resolved = await client.CallAsync("completionItem/resolve", cash);
        resolved["documentation"]!["value"]!.ToString().ShouldContain("cash only");
        resolved["label"]!.ToString().ShouldBe("cash");
        resolved["sortText"]!.ToString().ShouldBe(cash["sortText"]!.ToString());
        var prefixed = await client.CallAsync("textDocument/completion", Doc(new { line = relievesLine, character = lines[relievesLine].Length - 3 }));
        prefixed["items"]!.Select(i => i["label"]!.ToString()).ShouldBe(["queue"]);
        var topLevel = await client.CallAsync("textDocument/completion", Doc(new { line = lines.Length, character = 0 }));
        topLevel["items"]!.Select(i => i["label"]!.ToString()).ShouldContain("profile");
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version = 3 }, contentChanges = new[] { new { text } } });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["uri"]!.ToString() == uri && n["params"]!["version"]?.Value<int>() == 3);

        (await client.CallAsync("textDocument/hover", Doc(At("relieves queue", 10)))).ToString().ShouldContain("Waiting more than 5 minutes");
        (await client.CallAsync("textDocument/hover", Doc(At("profile", 1))))["contents"]!.ToString().ShouldContain("profile");
        (await client.CallAsync("textDocument/hover", Doc(At("profile commuters", 10)))).ToString().ShouldContain("relieves");
        (await client.CallAsync("textDocument/definition", Doc(At("relieves queue", 10))))["uri"]!.ToString().ShouldBe(uri);
        (await client.CallAsync("textDocument/definition", Doc(At("profile commuters", 10))))["uri"]!.ToString().ShouldBe(segments);
        ((JArray)await client.CallAsync("textDocument/references", new { textDocument = new { uri }, position = At("pain queue", 6), context = new { includeDeclaration = true } })).Count.ShouldBe(2);
        ((JArray)await client.CallAsync("textDocument/documentHighlight", Doc(At("pain queue", 6)))).Count.ShouldBe(2);
        (await client.CallAsync("textDocument/prepareRename", Doc(At("pain queue", 6))))["placeholder"]!.ToString().ShouldBe("queue");
        var rename = await client.CallAsync("textDocument/rename", new { textDocument = new { uri }, position = At("pain queue", 6), newName = "long_queue" });
        rename["changes"]![uri]!.Count().ShouldBe(2);
        var renameSegment = await client.CallAsync("textDocument/rename", new { textDocument = new { uri }, position = At("profile commuters", 10), newName = "riders" });
        ((JObject)renameSegment["changes"]!).Properties().Select(p => p.Name).ShouldContain(segments);
        ((JArray)await client.CallAsync("textDocument/documentSymbol", new { textDocument = new { uri } })).Count.ShouldBeGreaterThan(1);
        ((JArray)await client.CallAsync("workspace/symbol", new { query = "que" })).Count.ShouldBeGreaterThan(0);
        ((JArray)await client.CallAsync("textDocument/foldingRange", new { textDocument = new { uri } })).Count.ShouldBe(2);
        ((JArray)(await client.CallAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } }))["data"]!).Count.ShouldBeGreaterThan(50);
        var lenses = (JArray)await client.CallAsync("textDocument/codeLens", new { textDocument = new { uri } });
        lenses[0]["command"]!["title"]!.ToString().ShouldContain("severe pain");
        var hints = (JArray)await client.CallAsync("textDocument/inlayHint", new { textDocument = new { uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = lines.Length, character = 0 } } });
        hints.Count.ShouldBeGreaterThan(2);
        await client.CallAsync("textDocument/formatting", new { textDocument = new { uri }, options = new { tabSize = 2, insertSpaces = true } });
        await client.CallAsync("textDocument/rangeFormatting", new { textDocument = new { uri }, range = new { start = new { line = 1, character = 0 }, end = new { line = 4, character = 0 } }, options = new { tabSize = 2, insertSpaces = true } });
        (await client.CallAsync("canvaslang/fitSummary", new { uri }))["text"]!.ToString().ShouldContain("relieves 1 of 2 severe pains");
        var pulled = await client.CallAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        pulled["kind"]!.ToString().ShouldBe("full");

        // Code actions on every diagnostic, and fix-all for fix-on-save.
        foreach (var d in ((JArray)pulled["items"]!).Take(8))
        {
            var actions = (JArray)await client.CallAsync("textDocument/codeAction", new { textDocument = new { uri }, range = d["range"], context = new { diagnostics = new[] { d } } });
            if (d["severity"]!.Value<int>() > 1)
            {
                actions.Select(a => a["title"]!.ToString()).ShouldContain(t => t.StartsWith("Suppress", StringComparison.Ordinal));
            }
        }

        await client.CallAsync("textDocument/codeAction", new { textDocument = new { uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll" } } });
        var refactor = (JArray)await client.CallAsync("textDocument/codeAction", new { textDocument = new { uri }, range = new { start = At("pain spill"), end = At("pain spill") }, context = new { diagnostics = Array.Empty<object>() } });
        refactor.ShouldNotBeNull();

        // Editing the imported file re-analyzes the importer.
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = segments, languageId = "canvaslang", version = 1, text = "segment riders \"Nobody\"\n" } });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["uri"]!.ToString() == uri && n["params"]!["diagnostics"]!.Any(d => d["code"]?.ToString() == "CV007"));
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = uriOf("canvaslang.json"), type = 1 } } });
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { canvaslang = new { lint = new { run = "onType" } } } });
        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri } });
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = segments } });
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        await LanguageOneOneAsync(client, uriOf("people.canvas"));
    }

    /// <summary>Language 1.1's interviews and personas through the protocol: symbols, hover, definition, completion, tokens, folding.</summary>
    private static async Task LanguageOneOneAsync(LspClient client, string uri)
    {
        var text = "segment riders \"People who cycle to work\"\n\n" +
            "interview ana for riders {\n  who \"Nurse, rides 9 km\"\n  heard pain \"Two flats in March\"\n}\n\n" +
            "persona nadia for riders {\n  goal \"Arrive on time for every shift\"\n  basedon ana\n}\n";
        var lines = text.Split('\n');
        object At(string needle, int delta = 0)
        {
            var line = Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
            return new { textDocument = new { uri }, position = new { line, character = lines[line].IndexOf(needle, StringComparison.Ordinal) + delta } };
        }

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "canvaslang", version = 1, text } });
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => n["params"]!["uri"]!.ToString() == uri);
        var symbols = (JArray)await client.CallAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        var children = symbols.Single()["children"]!.Select(c => (c["name"]!.ToString(), c["kind"]!.Value<int>()));
        children.ShouldBe([("ana", 24), ("nadia", 19)]);
        (await client.CallAsync("textDocument/hover", At("persona nadia", 9)))["contents"]!.ToString().ShouldContain("Arrive on time for every shift");
        (await client.CallAsync("textDocument/definition", At("basedon ana", 9)))["range"]!["start"]!["line"]!.Value<int>().ShouldBe(2);
        var completion = await client.CallAsync("textDocument/completion", At("basedon ana", 8));
        completion["items"]!.Select(i => i["label"]!.ToString()).ShouldContain("ana");
        ((JArray)(await client.CallAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } }))["data"]!).Count.ShouldBeGreaterThan(30);
        ((JArray)await client.CallAsync("textDocument/foldingRange", new { textDocument = new { uri } })).Count.ShouldBe(2);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
    }
}
