using System.CommandLine;
using CanvasLang.LanguageServer.Server;

namespace CanvasLang.Cli.Commands;

/// <summary>`canvaslang lsp`: the language server over stdio. `--stdio` is accepted (editors pass it) and changes nothing.</summary>
public static class LspCommand
{
    public static Command Create()
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over standard input and output (the default and only transport)." };
        var command = new Command("lsp", "Run the CanvasLang language server (LSP 3.17) over standard input and output.") { stdio };
        command.SetAction(_ => Run());
        return command;
    }

    public static int Run()
    {
        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();

        // stdout is the protocol: anything else written there (a library's Console.WriteLine) would break the framing.
        Console.SetOut(Console.Error);
        using var server = new CanvasLanguageServer(input, output, Console.Error);
        var exitCode = server.RunAsync().GetAwaiter().GetResult();
        return exitCode;
    }
}
