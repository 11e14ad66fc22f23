// Publishes the CanvasLang language server into editors/vscode/server, where the extension looks for it
// (server/canvaslang, or server/canvaslang.dll run with `dotnet`).
//
//   node editors/vscode/scripts/build-server.mjs              Native AOT for this machine (starts in ~75 ms instead of
//                                                              ~650 ms under the JIT); if that cannot be built here (no
//                                                              native toolchain), framework-dependent ReadyToRun, then plain
//   node editors/vscode/scripts/build-server.mjs --rid linux-x64   self-contained ReadyToRun for one platform (AOT does not cross-compile)
//   node editors/vscode/scripts/build-server.mjs --jit             framework-dependent, no ahead-of-time code (needs the .NET runtime)
//   node editors/vscode/scripts/build-server.mjs --if-present      skip quietly when src/CanvasLang.Cli is absent
//
// Extra `dotnet publish` arguments can go after `--`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
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

const base = ['publish', relative(repo, project), '-c', 'Release', '-o', relative(repo, out), '-p:DebugType=none', '-nologo'];
const hostRid = { 'linux-x64': 'linux-x64', 'linux-arm64': 'linux-arm64', 'darwin-x64': 'osx-x64', 'darwin-arm64': 'osx-arm64', 'win32-x64': 'win-x64', 'win32-arm64': 'win-arm64' }[`${process.platform}-${process.arch}`];
const attempts = [];
if (rid) attempts.push({ name: 'self-contained ReadyToRun', args: ['-r', rid, '--self-contained', 'true', '-p:PublishReadyToRun=true'] });
else if (!own.includes('--jit') && hostRid) {
  attempts.push({ name: 'Native AOT', args: ['-r', hostRid, '-p:PublishAot=true'] });
  attempts.push({ name: 'framework-dependent ReadyToRun', args: ['-r', hostRid, '--self-contained', 'false', '-p:PublishReadyToRun=true'] });
}
attempts.push({ name: 'framework-dependent', args: rid ? ['-r', rid, '--self-contained', 'true'] : [] });

let status = 1;
for (const attempt of attempts) {
  rmSync(out, { recursive: true, force: true });
  const args = [...base, ...attempt.args, ...extra];
  console.log(`build-server: ${attempt.name}: dotnet ${args.join(' ')}`);
  const r = spawnSync('dotnet', args, { cwd: repo, stdio: 'inherit', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } });
  if (r.error) {
    console.error(`build-server: could not run dotnet (${r.error.message}). Install the .NET SDK: https://dot.net/download`);
    process.exit(1);
  }
  status = r.status ?? 1;
  if (status === 0) break;
  console.warn(`build-server: the ${attempt.name} publish failed${attempt === attempts.at(-1) ? '' : '; trying the next kind'}.`);
}
if (status !== 0) process.exit(status);
// Native symbols (.dbg, .pdb) stay out of the extension.
for (const f of existsSync(out) ? readdirSync(out) : []) if (/\.(dbg|pdb)$/.test(f)) rmSync(join(out, f));
const exe = join(out, process.platform === 'win32' ? 'canvaslang.exe' : 'canvaslang');
const dll = join(out, 'canvaslang.dll');
if (!existsSync(exe) && !existsSync(dll)) {
  console.error(`build-server: dotnet publish succeeded but neither ${relative(repo, exe)} nor ${relative(repo, dll)} exists: is the assembly name "canvaslang"?`);
  process.exit(1);
}
console.log(`build-server: server published to ${relative(repo, out)}`);
