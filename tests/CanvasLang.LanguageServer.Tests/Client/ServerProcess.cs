using System.Diagnostics;

namespace CanvasLang.LanguageServer.Tests.Client;

/// <summary>The real `canvaslang lsp` process, optionally behind lsp-validate's checking proxy.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, LspClient client, string? reportPath)
    {
        this.process = process;
        Client = client;
        ReportPath = reportPath;
    }

    public LspClient Client { get; }

    public string? ReportPath { get; }

    public static string RepoRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CanvasLang.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("CanvasLang.sln not found above the test binaries");
        }
    }

    /// <summary>
    /// shared/tools/lsp-validate beside the repository, or beside a folder above it (a git worktree
    /// under wt/ sees the same shared/ as the main clone); CANVASLANG_LSP_VALIDATE names it explicitly.
    /// </summary>
    public static string Validator
    {
        get
        {
            if (Environment.GetEnvironmentVariable("CANVASLANG_LSP_VALIDATE") is { Length: > 0 } explicitPath)
            {
                return Path.GetFullPath(explicitPath);
            }

            var relative = Path.Combine("shared", "tools", "lsp-validate", "lsp-validate.mjs");
            for (var folder = Directory.GetParent(RepoRoot); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return Path.GetFullPath(Path.Combine(RepoRoot, "..", relative));
        }
    }

    /// <summary>The built canvaslang.dll of the same configuration as these tests.</summary>
    public static string ServerDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(RepoRoot, "src", "CanvasLang.Cli", "bin", configuration, "net10.0", "canvaslang.dll");
        }
    }

    /// <summary>
    /// CANVASLANG_SERVER names a published server executable (ReadyToRun or Native AOT) to test
    /// instead of the built canvaslang.dll run with dotnet.
    /// </summary>
    public static string[] ServerCommand => Environment.GetEnvironmentVariable("CANVASLANG_SERVER") is { Length: > 0 } exe
        ? [Path.GetFullPath(exe), "lsp"]
        : ["dotnet", ServerDll, "lsp"];

    public static ServerProcess Start(string? reportPath, string workingDirectory)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (reportPath is not null)
        {
            info.FileName = "node";

            // shared/ may be reached through a symlink: keep the path as given, or the validator's
            // "am I the main module" check compares it with the real path and does nothing.
            foreach (var arg in new[] { "--preserve-symlinks-main", Validator, "--proxy", "--report", reportPath, "--" }.Concat(ServerCommand).Append("--stdio"))
            {
                info.ArgumentList.Add(arg);
            }
        }
        else
        {
            info.FileName = ServerCommand[0];
            foreach (var arg in ServerCommand.Skip(1))
            {
                info.ArgumentList.Add(arg);
            }
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var client = new LspClient(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        return new ServerProcess(process, client, reportPath);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await Client.DisposeAsync();
        process.Dispose();
    }
}
