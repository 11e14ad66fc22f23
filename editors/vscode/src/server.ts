// Finding and starting the CanvasLang language server, with diagnoses people can act on.
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export interface ServerCommand {
  command: string;
  args: string[];
  /** where it came from, for messages */
  origin: 'setting' | 'bundled' | 'bundled-dll';
  /** the file that must exist (the executable or the .dll) */
  file: string;
}

export class ServerStartError extends Error {
  constructor(message: string, readonly actions: ErrorAction[] = []) { super(message); }
}
export type ErrorAction = 'Open Settings' | 'Show Output' | 'Install .NET' | 'Restart Server';

const exeName = process.platform === 'win32' ? 'canvaslang.exe' : 'canvaslang';

/**
 * Which server to start: `canvaslang.server.path` when set (a `.dll` runs under `dotnet`), else the
 * bundled self-contained executable `<extension>/server/canvaslang`, else the bundled
 * framework-dependent `<extension>/server/canvaslang.dll` under `dotnet`.
 */
export function resolveServer(context: vscode.ExtensionContext): ServerCommand {
  const configured = (vscode.workspace.getConfiguration('canvaslang').get<string>('server.path') || '').trim();
  if (configured) {
    const file = expandPath(configured);
    if (!fs.existsSync(file)) {
      throw new ServerStartError(
        `CanvasLang: the language server set in "canvaslang.server.path" was not found: ${file}. ` +
        'Fix the path, or clear the setting to use the server bundled with the extension.', ['Open Settings']);
    }
    if (file.toLowerCase().endsWith('.dll')) {
      return { command: findDotnet(), args: [file, 'lsp'], origin: 'setting', file };
    }
    return { command: file, args: ['lsp'], origin: 'setting', file };
  }
  const exe = context.asAbsolutePath(path.join('server', exeName));
  if (fs.existsSync(exe)) {
    return { command: exe, args: ['lsp'], origin: 'bundled', file: exe };
  }
  const dll = context.asAbsolutePath(path.join('server', 'canvaslang.dll'));
  if (fs.existsSync(dll)) {
    return { command: findDotnet(), args: [dll, 'lsp'], origin: 'bundled-dll', file: dll };
  }
  throw new ServerStartError(
    'CanvasLang: no language server is bundled with this build of the extension ' +
    `(looked for ${exe} and ${dll}). Install the extension from the Marketplace, or build the server ` +
    '(`npm run package` in the repository) or set "canvaslang.server.path" to a `canvaslang` executable.',
    ['Open Settings']);
}

function expandPath(p: string): string {
  if (p.startsWith('~')) p = path.join(process.env.HOME || process.env.USERPROFILE || '', p.slice(1));
  if (!path.isAbsolute(p)) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) p = path.join(folder.uri.fsPath, p);
  }
  return p;
}

function findDotnet(): string {
  const root = process.env.DOTNET_ROOT;
  if (root) {
    const candidate = path.join(root, process.platform === 'win32' ? 'dotnet.exe' : 'dotnet');
    if (fs.existsSync(candidate)) return candidate;
  }
  return 'dotnet';
}

/** Checks, before starting it, that a native executable is for this OS and CPU. Returns a message or undefined. */
export function checkBinary(file: string): string | undefined {
  let header: Buffer;
  try {
    const fd = fs.openSync(file, 'r');
    header = Buffer.alloc(512) as Buffer;
    const n = fs.readSync(fd, header as unknown as Uint8Array, 0, 512, 0);
    fs.closeSync(fd);
    header = header.subarray(0, n);
  } catch (e) {
    return undefined; // reading failed: let the spawn report it
  }
  const want = `${process.platform}-${process.arch}`;
  const found = describeBinary(header);
  if (!found) return undefined; // a script or something unknown: let it try
  if (found !== want) {
    return `CanvasLang: the language server ${file} is built for ${found}, but this machine is ${want}. ` +
      'Install the extension build for your platform (the Marketplace picks it automatically), ' +
      'or set "canvaslang.server.path" to a server built for this machine.';
  }
  return undefined;
}

function describeBinary(h: Buffer): string | undefined {
  if (h.length >= 20 && h.readUInt32BE(0) === 0x7f454c46) { // ELF
    const little = h[5] === 1;
    const machine = little ? h.readUInt16LE(18) : h.readUInt16BE(18);
    const arch = ({ 0x3e: 'x64', 0xb7: 'arm64', 0x03: 'ia32', 0x28: 'arm' } as Record<number, string>)[machine];
    return arch ? `linux-${arch}` : undefined;
  }
  if (h.length >= 8 && (h.readUInt32LE(0) === 0xfeedfacf || h.readUInt32BE(0) === 0xcafebabe)) { // Mach-O 64 / universal
    if (h.readUInt32BE(0) === 0xcafebabe) return `darwin-${process.arch}`; // universal binary: assume it fits
    const cpu = h.readUInt32LE(4);
    const arch = ({ 0x01000007: 'x64', 0x0100000c: 'arm64' } as Record<number, string>)[cpu];
    return arch ? `darwin-${arch}` : undefined;
  }
  if (h.length >= 0x40 && h[0] === 0x4d && h[1] === 0x5a) { // MZ (PE)
    const pe = h.readUInt32LE(0x3c);
    if (pe + 6 > h.length || h.readUInt32BE(pe) !== 0x50450000) return undefined;
    const machine = h.readUInt16LE(pe + 4);
    const arch = ({ 0x8664: 'x64', 0xaa64: 'arm64', 0x14c: 'ia32' } as Record<number, string>)[machine];
    return arch ? `win32-${arch}` : undefined;
  }
  return undefined;
}

/** Explains why a server process could not start or stopped at once, from the spawn error, exit code and stderr. */
export function explainFailure(server: ServerCommand, err: NodeJS.ErrnoException | undefined, code: number | null,
  signal: NodeJS.Signals | null, stderr: string): ServerStartError {
  const usesDotnet = server.origin === 'bundled-dll' || (server.origin === 'setting' && server.file.toLowerCase().endsWith('.dll'));
  if (err) {
    if (err.code === 'ENOENT' && usesDotnet) {
      return new ServerStartError(
        'CanvasLang: the language server needs the .NET runtime, and `dotnet` was not found on the PATH. ' +
        'Install the .NET 10 runtime (https://dot.net/download), or set "canvaslang.server.path" to a self-contained `canvaslang` executable.',
        ['Install .NET', 'Open Settings']);
    }
    if (err.code === 'ENOENT') {
      return new ServerStartError(`CanvasLang: the language server ${server.command} was not found. ` +
        'Reinstall the extension, or set "canvaslang.server.path" to a `canvaslang` executable.', ['Open Settings']);
    }
    if (err.code === 'EACCES') {
      return new ServerStartError(`CanvasLang: the language server ${server.command} is not executable. ` +
        `Make it executable (chmod +x "${server.command}") or set "canvaslang.server.path".`, ['Open Settings']);
    }
    if (err.code === 'ENOEXEC' || err.code === 'EBADARCH' || err.code === 'UNKNOWN') {
      return new ServerStartError(`CanvasLang: the language server ${server.command} cannot run on this machine ` +
        `(${process.platform}-${process.arch}; ${err.code}). Install the extension build for your platform, or set "canvaslang.server.path".`,
        ['Open Settings']);
    }
    return new ServerStartError(`CanvasLang: the language server could not be started: ${err.message}`, ['Show Output', 'Open Settings']);
  }
  const text = stderr.trim();
  if (/install or update \.NET|You must install \.NET|framework 'Microsoft\.NETCore\.App'|No frameworks were found|A fatal error occurred\. The required library|hostfxr/i.test(text)) {
    return new ServerStartError(
      'CanvasLang: the language server needs a .NET runtime that is not installed (see the output for the version it asked for). ' +
      'Install the .NET 10 runtime (https://dot.net/download), or set "canvaslang.server.path" to a self-contained `canvaslang` executable.',
      ['Install .NET', 'Show Output']);
  }
  if (/Unknown command|Unrecognized command|lsp/i.test(text) && code !== 0) {
    return new ServerStartError(`CanvasLang: ${server.command} does not understand \`lsp\`: is it a CanvasLang server, and recent enough? ` +
      `It said: ${firstLine(text.split(/\r?\n/).find(l => /lsp/i.test(l)) ?? text)}`, ['Show Output', 'Open Settings']);
  }
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  return new ServerStartError(`CanvasLang: the language server ${how} right after starting` +
    (text ? `: ${firstLine(text)}` : '.') + ' See the "CanvasLang Language Server" output for details.', ['Show Output', 'Restart Server']);
}

function firstLine(s: string): string {
  const line = s.split(/\r?\n/).find(l => l.trim()) || '';
  return line.length > 200 ? line.slice(0, 200) + '…' : line;
}

export interface SpawnedServer {
  process: cp.ChildProcess;
  /** resolves with a failure explanation if the process dies within the first seconds */
  earlyExit: Promise<ServerStartError>;
}

/** Starts the server process; the caller hands `process` to the language client (stdio). */
export function spawnServer(server: ServerCommand, log: vscode.OutputChannel): SpawnedServer {
  if (server.origin !== 'setting' && server.origin !== 'bundled-dll' && process.platform !== 'win32') {
    try { fs.accessSync(server.file, fs.constants.X_OK); } catch {
      try { fs.chmodSync(server.file, 0o755); } catch { /* reported at spawn */ }
    }
  }
  log.appendLine(`[client] starting ${server.command} ${server.args.join(' ')} (${server.origin})`);
  const child = cp.spawn(server.command, server.args, {
    cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
    stdio: 'pipe',
    windowsHide: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => { if (stderr.length < 8192) stderr += d.toString(); });
  const started = Date.now();
  const earlyExit = new Promise<ServerStartError>(resolve => {
    let spawnError: NodeJS.ErrnoException | undefined;
    child.on('error', e => { spawnError = e; resolve(explainFailure(server, e, null, null, stderr)); });
    child.on('exit', (code, signal) => {
      if (spawnError) return;
      // give stderr a moment to drain
      setTimeout(() => {
        if (Date.now() - started < 15000) resolve(explainFailure(server, undefined, code, signal, stderr));
      }, 100);
    });
  });
  return { process: child, earlyExit };
}
