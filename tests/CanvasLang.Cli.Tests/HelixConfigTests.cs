using System.Diagnostics;
using System.Text;
using Newtonsoft.Json.Linq;
using Tomlyn;
using Tomlyn.Model;

namespace CanvasLang.Cli.Tests;

/// <summary>
/// Helix is not packaged by Debian, so its configuration is checked without it: editors/helix/languages.toml
/// parses as TOML, maps *.canvas to the canvaslang server, and the command it names answers initialize
/// over stdio (this build's canvaslang.dll stands in for the `canvaslang` on the user's PATH).
/// </summary>
public sealed class HelixConfigTests
{
    private static TomlTable Config() =>
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(CliRunner.RepoRoot(), "editors", "helix", "languages.toml")))!;

    [Fact]
    public void The_language_maps_canvas_files_to_the_canvaslang_server()
    {
        var config = Config();

        var language = ((TomlTableArray)config["language"]).Single(l => (string)l["name"] == "canvaslang");
        ((TomlArray)language["file-types"]).ShouldContain("canvas");
        ((TomlArray)language["language-servers"]).ShouldBe(["canvaslang"]);
        ((string)language["comment-tokens"]).ShouldBe("//");
        ((string)language["scope"]).ShouldBe("source.canvaslang");
        var servers = (TomlTable)config["language-server"];
        servers.ContainsKey("canvaslang").ShouldBeTrue("[language-server.canvaslang] is missing");
    }

    [Fact]
    public async Task The_server_command_it_names_starts_and_answers_initialize_over_stdio()
    {
        var server = (TomlTable)((TomlTable)Config()["language-server"])["canvaslang"];
        var command = (string)server["command"];
        var arguments = ((TomlArray)server["args"]).Cast<string>().ToList();
        command.ShouldBe("canvaslang", "the README tells users to install the tool that provides `canvaslang`");
        arguments.ShouldBe(["lsp"]);

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "canvaslang.dll"));
        arguments.ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var input = process.StandardInput.BaseStream;
            var output = process.StandardOutput.BaseStream;
            await Send(input, new JObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = new JObject { ["processId"] = Environment.ProcessId, ["rootUri"] = null, ["capabilities"] = new JObject() } });
            var initialized = await ResponseTo(output, 1).WaitAsync(TimeSpan.FromSeconds(60));

            initialized["result"]!["capabilities"]!["textDocumentSync"].ShouldNotBeNull(initialized.ToString());
            initialized["result"]!["capabilities"]!["documentFormattingProvider"]!.Value<bool>().ShouldBeTrue();

            await Send(input, new JObject { ["jsonrpc"] = "2.0", ["method"] = "initialized", ["params"] = new JObject() });
            await Send(input, new JObject { ["jsonrpc"] = "2.0", ["id"] = 2, ["method"] = "shutdown" });
            (await ResponseTo(output, 2).WaitAsync(TimeSpan.FromSeconds(30)))["error"].ShouldBeNull();
            await Send(input, new JObject { ["jsonrpc"] = "2.0", ["method"] = "exit" });
            process.WaitForExit(30_000).ShouldBeTrue("the server did not exit after `exit`");
            process.ExitCode.ShouldBe(0, await stderr);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task Send(Stream input, JObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToString(Newtonsoft.Json.Formatting.None));
        await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    // Skips notifications and server requests until the response with this id.
    private static async Task<JObject> ResponseTo(Stream output, int id)
    {
        while (true)
        {
            var length = 0;
            string header;
            while ((header = await ReadLine(output)).Length > 0)
            {
                if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(header["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            var body = new byte[length];
            await output.ReadExactlyAsync(body);
            var message = JObject.Parse(Encoding.UTF8.GetString(body));
            if (message["method"] is null && message["id"]?.Value<int>() == id)
            {
                return message;
            }
        }
    }

    private static async Task<string> ReadLine(Stream output)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one) == 0)
            {
                throw new EndOfStreamException("the server closed its output");
            }

            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }
}
