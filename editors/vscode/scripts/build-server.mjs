// Publishes the CanvasLang language server into editors/vscode/server, where the extension looks for it
// (server/canvaslang, or server/canvaslang.dll run with `dotnet`).
//
//   node editors/vscode/scripts/build-server.mjs              framework-dependent (needs the .NET runtime)
//   node editors/vscode/scripts/build-server.mjs --rid linux-x64   self-contained for one platform
//   node editors/vscode/scripts/build-server.mjs --if-present      skip quietly when src/CanvasLang.Cli is absent
//
// Extra `dotnet publish` arguments can go after `--`.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ext = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(ext, '..', '..');
const project = join(repo, 'src', 'CanvasLang.Cli');
const out = join(ext, 'server');
const argv = process.argv.slice(2);
const dashdash = argv.indexOf('--');
const own = dashdash < 0 ? argv : argv.slice(0, dashdash);
const extra = dashdash < 0 ? [] : argv.slice(dashdash + 1);
const ridIndex = own.indexOf('--rid');
const rid = ridIndex >= 0 ? own[ridIndex + 1] : undefined;

if (!existsSync(join(project, 'CanvasLang.Cli.csproj'))) {
  const msg = `The server project ${relative(repo, project)}/CanvasLang.Cli.csproj does not exist (yet).`;
  if (own.includes('--if-present')) {
    console.warn(`build-server: ${msg} Skipping; the extension will be packaged without a bundled server.`);
    process.exit(0);
  }
  console.error(`build-server: ${msg} Build it first, or package the extension alone with \`npm run package -w editors/vscode\`.`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
const args = ['publish', relative(repo, project), '-c', 'Release', '-o', relative(repo, out), '-p:DebugType=none', '-nologo'];
if (rid) args.push('-r', rid, '--self-contained', 'true');
args.push(...extra);
console.log(`build-server: dotnet ${args.join(' ')}`);
const r = spawnSync('dotnet', args, { cwd: repo, stdio: 'inherit', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } });
if (r.error) {
  console.error(`build-server: could not run dotnet (${r.error.message}). Install the .NET SDK: https://dot.net/download`);
  process.exit(1);
}
if (r.status !== 0) process.exit(r.status ?? 1);
const exe = join(out, process.platform === 'win32' ? 'canvaslang.exe' : 'canvaslang');
const dll = join(out, 'canvaslang.dll');
if (!existsSync(exe) && !existsSync(dll)) {
  console.error(`build-server: dotnet publish succeeded but neither ${relative(repo, exe)} nor ${relative(repo, dll)} exists: is the assembly name "canvaslang"?`);
  process.exit(1);
}
console.log(`build-server: server published to ${relative(repo, out)}`);
