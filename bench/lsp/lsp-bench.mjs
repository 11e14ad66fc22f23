// Spawns a language server over stdio and measures what an editor user feels: spawn→initialize,
// open→first diagnostics, edit→diagnostics (one-character edits), completion, hover, peak RSS.
// Usage: node bench/lsp/lsp-bench.mjs [--runs N] [--sizes 100,1000,10000] [--yaml <yaml-language-server.js>]
//        [--completion 166,1666] [--only completion] -- <server command…>
// --completion: completion after `relieves ` in a profile of that many pains, with and without a typed prefix.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const server = args.slice(dash + 1);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 && i < dash ? args[i + 1] : dflt; };
const runs = Number(opt('--runs', '20'));
const yaml = opt('--yaml', null);

class Client {
  constructor(cmd) {
    this.proc = spawn(cmd[0], cmd.slice(1), { stdio: ['pipe', 'pipe', process.env.LSP_BENCH_STDERR ? 'inherit' : 'ignore'] });
    // Chunks are kept in a list and joined once a whole message is there, as vscode-jsonrpc does:
    // joining on every chunk would make the harness quadratic in the message size.
    this.chunks = []; this.size = 0; this.need = -1; this.id = 0; this.pending = new Map(); this.waiters = [];
    this.proc.stdout.on('data', d => { this.chunks.push(d); this.size += d.length; if (this.need < 0 || this.size >= this.need) this.drain(); });
  }
  drain() {
    let buf = Buffer.concat(this.chunks, this.size);
    for (;;) {
      const end = buf.indexOf('\r\n\r\n'); if (end < 0) break;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.slice(0, end).toString())[1]);
      if (buf.length < end + 4 + len) { this.need = end + 4 + len; break; }
      this.need = -1;
      const msg = JSON.parse(buf.slice(end + 4, end + 4 + len).toString());
      buf = buf.slice(end + 4 + len);
      if (msg.id !== undefined && msg.method) { this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => ({})) : null }); }
      else if (msg.id !== undefined) { this.pending.get(msg.id)?.(msg); this.pending.delete(msg.id); }
      else { this.waiters = this.waiters.filter(w => !w(msg)); }
    }
    this.chunks = buf.length ? [buf] : []; this.size = buf.length;
  }
  send(m) { const b = Buffer.from(JSON.stringify(m)); this.proc.stdin.write(`Content-Length: ${b.length}\r\n\r\n`); this.proc.stdin.write(b); }
  request(method, params) { const id = ++this.id; return new Promise(r => { this.pending.set(id, r); this.send({ jsonrpc: '2.0', id, method, params }); }); }
  notify(method, params) { this.send({ jsonrpc: '2.0', method, params }); }
  waitFor(pred) { return new Promise(r => this.waiters.push(m => pred(m) && (r(m), true))); }
  rssMiB() { try { return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'))[1]) / 1024; } catch { return NaN; } }
  async close() { await this.request('shutdown'); this.notify('exit'); await new Promise(r => this.proc.on('exit', r)); }
}

// What VS Code announces for diagnostics, so both servers send what an editor would get.
const editorCapabilities = { textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } } } };
const stats = xs => { const s = [...xs].sort((a, b) => a - b); const q = p => s[Math.min(s.length - 1, Math.floor(p * s.length))]; return { median: q(0.5), p95: q(0.95) }; };
const now = () => Number(process.hrtime.bigint()) / 1e6;

function canvas(entries) {
  const lines = ['segment riders "People who ride a bike 10 km to work"', 'profile riders {'];
  const per = Math.floor(entries / 2);
  for (let i = 0; i < per; i++) lines.push(`  pain p${i} "Waiting ${i % 50 + 5} minutes at the repair shop on day ${i}" severity ${['extreme', 'high', 'moderate', 'low'][i % 4]}`);
  lines.push('}', 'valuemap riders {');
  for (let i = 0; i < entries - per; i++) lines.push(`  reliever r${i} "Mobile repair van at the office within ${i % 30 + 10} minutes" relieves p${i % per}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}
function yamlText(lineCount) {
  const lines = ['riders:'];
  for (let i = 0; lines.length < lineCount; i++) lines.push(`  p${i}: "Waiting ${i % 50 + 5} minutes at the repair shop on day ${i}"`);
  return lines.join('\n') + '\n';
}

async function measure(cmd, sizes, language) {
  const folder = mkdtempSync(join(tmpdir(), 'lsp-bench-'));
  const spawnTimes = [];
  for (let i = 0; i < Math.min(runs, 10); i++) {
    const t = now(); const c = new Client(cmd);
    await c.request('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} });
    spawnTimes.push(now() - t); c.notify('initialized', {}); await c.close();
  }
  const rows = [];
  for (const size of sizes) {
    const c = new Client(cmd);
    await c.request('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: editorCapabilities });
    c.notify('initialized', {});
    const text = language === 'yaml' ? yamlText(size + 5) : canvas(size);
    const file = join(folder, `doc${size}.${language === 'yaml' ? 'yaml' : 'canvas'}`); writeFileSync(file, text);
    const uri = pathToFileURL(file).href; const lines = text.split('\n');
    const diag = v => c.waitFor(m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (m.params.version === undefined || m.params.version === v));
    let t = now(); const first = diag(1);
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: language, version: 1, text } }); await first; const open = now() - t;
    const edits = []; const line = 3; const col = lines[line].indexOf('"') + 2;
    for (let v = 2; v < 2 + runs; v++) {
      const p = diag(v); t = now();
      c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col + (v > 2 ? 1 : 0) } }, text: String.fromCharCode(97 + v % 26) }] });
      await p; edits.push(now() - t);
    }
    const completions = [], hovers = [];
    const refLine = lines.findIndex(l => l.includes('relieves') || l.startsWith('  p'));
    for (let i = 0; i < runs; i++) {
      t = now(); await c.request('textDocument/completion', { textDocument: { uri }, position: { line: refLine, character: lines[refLine].length } }); completions.push(now() - t);
      t = now(); await c.request('textDocument/hover', { textDocument: { uri }, position: { line: refLine, character: 4 } }); hovers.push(now() - t);
    }
    rows.push({ size, open, edit: stats(edits), completion: stats(completions), hover: stats(hovers), rss: c.rssMiB() });
    await c.close();
  }
  return { spawn: stats(spawnTimes), rows };
}

// A profile of `pains` pains (every other one already relieved) and a value map whose last reliever
// is being typed: `… relieves ` with the cursor after the space.
function referenceCanvas(pains) {
  const lines = ['segment riders "People who ride a bike 10 km to work"', 'profile riders {'];
  for (let i = 0; i < pains; i++) lines.push(`  pain p${i} "Waiting ${i % 50 + 5} minutes at the repair shop on day ${i}" severity ${['extreme', 'high', 'moderate', 'low'][i % 4]}`);
  lines.push('}', 'valuemap riders {');
  for (let i = 0; i < pains; i += 2) lines.push(`  reliever r${i} "Mobile repair van at the office within ${i % 30 + 10} minutes" relieves p${i}`);
  lines.push('  reliever typing "Spare bikes while the repair runs" relieves ', '}');
  return lines.join('\n') + '\n';
}

// Completion requests at the end of the reliever being typed: first right after `relieves `, then after
// typing the prefix `p1` (one didChange, waited for), then the resolve of the first item offered.
async function measureCompletion(cmd, painCounts) {
  const folder = mkdtempSync(join(tmpdir(), 'lsp-bench-'));
  const rows = [];
  for (const pains of painCounts) {
    const c = new Client(cmd);
    await c.request('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: editorCapabilities });
    c.notify('initialized', {});
    const text = referenceCanvas(pains); const file = join(folder, `refs${pains}.canvas`); writeFileSync(file, text);
    const uri = pathToFileURL(file).href; const lines = text.split('\n'); const line = lines.length - 3;
    const diag = v => c.waitFor(m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === v);
    let p = diag(1); c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'canvaslang', version: 1, text } }); await p;
    const time = async character => {
      const times = []; let list;
      for (let i = 0; i < runs; i++) { const t = now(); list = (await c.request('textDocument/completion', { textDocument: { uri }, position: { line, character } })).result; times.push(now() - t); }
      return { ...stats(times), items: list.items.length, incomplete: !!list.isIncomplete, first: list.items[0] };
    };
    const bare = await time(lines[line].length);
    p = diag(2); c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line, character: lines[line].length }, end: { line, character: lines[line].length } }, text: 'p1' }] }); await p;
    const prefix = await time(lines[line].length + 2);
    const resolves = [];
    for (let i = 0; i < runs && bare.first?.data !== undefined; i++) { const t = now(); await c.request('completionItem/resolve', bare.first); resolves.push(now() - t); }
    rows.push({ pains, bare, prefix, resolve: resolves.length ? stats(resolves) : null, rss: c.rssMiB() });
    await c.close();
  }
  return rows;
}

const f = x => x.toFixed(1);
const reportCompletion = (name, rows) => [`### Completion after \`relieves \`: ${name}`, '',
  '| pains | after `relieves ` median / p95 ms (items) | after `relieves p1` median / p95 ms (items) | resolve median / p95 ms |', '| --- | --- | --- | --- |',
  ...rows.map(x => `| ${x.pains} | ${f(x.bare.median)} / ${f(x.bare.p95)} (${x.bare.items}${x.bare.incomplete ? ', incomplete' : ''}) | ${f(x.prefix.median)} / ${f(x.prefix.p95)} (${x.prefix.items}${x.prefix.incomplete ? ', incomplete' : ''}) | ${x.resolve ? `${f(x.resolve.median)} / ${f(x.resolve.p95)}` : '—'} |`), ''].join('\n');
const report = (name, r) => [`### ${name}`, '', `spawn→initialize: median ${f(r.spawn.median)} ms, p95 ${f(r.spawn.p95)} ms`, '',
  '| entries (lines) | open→diagnostics ms | edit→diagnostics median / p95 ms | completion median / p95 ms | hover median / p95 ms | peak RSS MiB |', '| --- | --- | --- | --- | --- | --- |',
  ...r.rows.map(x => `| ${x.size} | ${f(x.open)} | ${f(x.edit.median)} / ${f(x.edit.p95)} | ${f(x.completion.median)} / ${f(x.completion.p95)} | ${f(x.hover.median)} / ${f(x.hover.p95)} | ${f(x.rss)} |`), ''].join('\n');

const sizes = opt('--sizes', '100,1000,10000').split(',').map(Number);
const only = opt('--only', null);
let out = '';
if (only !== 'completion') {
  out += report(`CanvasLang (${server.join(' ')})`, await measure(server, sizes, 'canvaslang'));
  if (yaml) out += '\n' + report('yaml-language-server (reference, same line counts)', await measure(['node', yaml, '--stdio'], sizes, 'yaml'));
}
const completionSizes = opt('--completion', only === 'completion' ? '166,1666' : null);
if (completionSizes) out += '\n' + reportCompletion(server.join(' '), await measureCompletion(server, completionSizes.split(',').map(Number)));
console.log(out);
