// Spawns language servers over stdio and measures what an editor user feels: spawn→initialize,
// open→first diagnostics, edit→diagnostics for the edits users make (each kind reported on its own),
// completion, hover and peak RSS. CanvasLang and its peers (yaml-language-server, clangd) get documents
// of the same line counts and the analogous edits, in one interleaved run: every round runs one cold
// session per server and size, in an order that rotates, so noise on a shared machine falls on all.
//
// Usage: node bench/lsp/lsp-bench.mjs [--rounds 3] [--runs 20] [--sizes 1000,10000] [--kinds entry,end,half,string,brace]
//          [--yaml <yaml-language-server.js>] [--clangd <clangd>] [--canvas "<another CanvasLang command>"]…
//          [--json out.json] [--completion 166,1666] [--only completion] -- <CanvasLang server command…>
//
// Edit kinds (each: --runs edits, every one waited for by its diagnostics):
//   entry  typing inside an entry's text (a canvas entry, a YAML string value, a C string literal)
//   end    typing a new declaration at the end of the file, character by character (errors until it is complete)
//   half   typing inside an entry's text while a half-typed declaration sits at the end of the file
//   string typing a new entry's text in the middle of the file, its string still unterminated
//   brace  deleting the closing brace of the first big block (a profile, a YAML flow mapping, a C array), then typing it again, in turn
// --completion: completion after `relieves ` in a profile of that many pains (and a set of 1.1 declarations per 100), with and without a typed prefix.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const own = dash < 0 ? args : args.slice(0, dash);
const server = dash < 0 ? [] : args.slice(dash + 1);
const opt = (name, dflt) => { const i = own.indexOf(name); return i >= 0 ? own[i + 1] : dflt; };
const opts = name => own.flatMap((a, i) => (a === name ? [own[i + 1]] : []));
const runs = Number(opt('--runs', '20'));
const rounds = Number(opt('--rounds', '3'));
const yaml = opt('--yaml', null);
const clangd = opt('--clangd', null);
const kinds = opt('--kinds', 'entry,end,half,string,brace').split(',');
const timeoutMs = Number(process.env.LSP_BENCH_TIMEOUT ?? 60000);

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
  // Resolves with the message, or with null after the timeout (a server that never answers must not stall the run).
  waitFor(pred) {
    return new Promise(r => {
      const timer = setTimeout(() => { this.waiters = this.waiters.filter(w => w !== waiter); r(null); }, timeoutMs);
      const waiter = m => pred(m) && (clearTimeout(timer), r(m), true);
      this.waiters.push(waiter);
    });
  }
  // CPU time (user + system, every thread) the server has used so far, in ms (clock ticks of 10 ms).
  cpuMs() { try { const f = readFileSync(`/proc/${this.proc.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; } catch { return NaN; } }
  rssMiB() { try { return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'))[1]) / 1024; } catch { return NaN; } }
  async close() {
    const exited = new Promise(r => this.proc.on('exit', r));
    await Promise.race([this.request('shutdown'), new Promise(r => setTimeout(r, 5000))]);
    this.notify('exit');
    await Promise.race([exited, new Promise(r => setTimeout(r, 5000))]);
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

// What VS Code announces for diagnostics, so every server sends what an editor would get.
const editorCapabilities = { textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } } } };
const stats = xs => { const s = [...xs].sort((a, b) => a - b); const q = p => s[Math.min(s.length - 1, Math.floor(p * s.length))]; return { median: q(0.5), p95: q(0.95), n: s.length }; };
const now = () => Number(process.hrtime.bigint()) / 1e6;

// Documents of the same line counts: a canvas of `entries` entries (half pains, half relievers that
// reference them), and its YAML and C counterparts. `brace` is the line of the first big block's closing
// brace, `middle` a line in the middle of the second block, `entry` the line whose text is typed in.
function canvas(entries) {
  // Language 1.1: per 100 entries' worth of lines, one bundle of the work around the canvas (an interview,
  // a persona based on it, an empathy map of her, an assumption, a positioning statement, a SWOT, metrics), written after
  // the value map in place of as many entries, so the file keeps the peers' line count.
  const bundles = Math.floor(entries / 100);
  const research = [];
  for (let b = 0; b < bundles; b++) research.push(...researchBundle(b));
  if (bundles > 0) research.push('fit riders {', '  stage problem-solution', `  basedon talk0`, '}');
  const kept = Math.max(2, entries - research.length);
  const lines = ['segment riders "People who ride a bike 10 km to work"', 'profile riders {'];
  const per = Math.floor(kept / 2);
  for (let i = 0; i < per; i++) lines.push(`  pain p${i} "Waiting ${i % 50 + 5} minutes at the repair shop on day ${i}" severity ${['extreme', 'high', 'moderate', 'low'][i % 4]}${bundles > 0 && i % 10 === 0 ? ` heard talk${(i / 10) % bundles}` : ''}`);
  lines.push('}', 'valuemap riders {');
  for (let i = 0; i < kept - per; i++) lines.push(`  reliever r${i} "Mobile repair van at the office within ${i % 30 + 10} minutes" relieves p${i % per}`);
  lines.push('}', ...research);
  return { text: lines.join('\n') + '\n', entry: 3, brace: per + 2, middle: per + 3 + Math.floor((kept - per) / 2) };
}
function researchBundle(b) {
  return [
    `interview talk${b} for riders {`, '  who "Nurse, rides 9 km each way"', '  date 2026-11-03',
    `  heard pain "Waited ${b % 40 + 20} minutes at the repair shop on a Monday"`, '  note "Showed the receipt of the last repair"', '}',
    `persona rider${b} for riders {`, `  goal "Reach the office dry on ${b % 4 + 2} rainy days a week"`, '  frustration "Two flat tyres a month on the canal path"',
    `  basedon talk${b}`, '}',
    `empathymap map${b} for rider${b} {`, '  goal "Arrive at the 8:30 shift dry on three rainy days out of four"', '  see "Puddles on the canal path at 7:50"',
    '  say "\\"I keep a spare shirt in my locker.\\""', '  pains "Waiting at the repair shop"', '}',
    `assumption pay${b} for riders {`, '  type viability', `  belief "Riders pay ${b % 10 + 8} euros for a repair at the office"`, '  importance high', '  evidence some', '}',
    `positioning pos${b} for riders {`, '  need "a bike that works again before the ride home"', '  offer "RepairVan"', '  proof "41 of 50 pilot repairs done the same day"', '}',
    `swot van${b} for riders {`, `  strength s${b} "Two mechanics who ride to work themselves" priority 1`, `  threat t${b} "A chain opens a service point at the station"`,
    `  action a${b} "Sign the station's bike park first" pairs s${b}, t${b}`, '}',
    `metrics m${b} for riders {`, `  metric fixed${b} "Repairs finished on the day they came in" target "at least ${b % 20 + 70} %" every week tracks pos${b}, pay${b}`, '}',
  ];
}
function yamlDoc(entries) {
  const lines = ['# riders', 'segment: riders', 'pains: {'];
  const per = Math.floor(entries / 2);
  for (let i = 0; i < per; i++) lines.push(`  p${i}: "Waiting ${i % 50 + 5} minutes at the repair shop on day ${i}"${i + 1 < per ? ',' : ''}`);
  lines.push('}', 'relievers:');
  for (let i = 0; i < entries - per; i++) lines.push(`  r${i}: { text: "Mobile repair van at the office within ${i % 30 + 10} minutes", relieves: p${i % per} }`);
  return { text: lines.join('\n') + '\n', entry: 3, brace: per + 3, middle: per + 5 + Math.floor((entries - per) / 2) };
}
function cDoc(entries) {
  const lines = ['struct entry { const char *id; const char *text; int severity; }; struct reliever { const char *id; const char *text; const struct entry *relieves; };',
    'static const struct entry pains[] = {'];
  const per = Math.floor(entries / 2);
  for (let i = 0; i < per; i++) lines.push(`  { "p${i}", "Waiting ${i % 50 + 5} minutes at the repair shop on day ${i}", ${i % 4} },`);
  lines.push('};', 'static const struct reliever relievers[] = {');
  for (let i = 0; i < entries - per; i++) lines.push(`  { "r${i}", "Mobile repair van at the office within ${i % 30 + 10} minutes", &pains[${i % per}] },`);
  lines.push('};', 'int first_severity(void) { return pains[0].severity + (relievers[0].relieves == &pains[0]); }');
  return { text: lines.join('\n') + '\n', entry: 2, brace: per + 2, middle: per + 3 + Math.floor((entries - per) / 2) };
}

// Per language: the document, what `end` types, what `half` leaves at the end, what `string` starts a line
// with before typing an unterminated text, and where completion and hover are asked.
const languages = {
  canvaslang: {
    ext: 'canvas', doc: canvas,
    end: '\nprofile commuters {\n  pain p1 "Cold coffee on the train" severity high\n}\n',
    half: 'profile commu\n', stringStart: '\n  reliever rx ', stringText: '"Waiting for the bus in the rain on a Monday morning',
    ask: (lines, d) => { const l = d.middle; return { completion: { line: l, character: lines[l].length }, hover: { line: l, character: 4 } }; },
  },
  yaml: {
    ext: 'yaml', doc: yamlDoc,
    end: '\ncommuters:\n  c1: "Cold coffee on the train"\n  c2: "No seat on the 7:40"\n',
    half: 'commuters: [\n', stringStart: '\n  px: ', stringText: '"Waiting for the bus in the rain on a Monday morning',
    ask: (lines, d) => ({ completion: { line: d.entry, character: lines[d.entry].length }, hover: { line: d.entry, character: 4 } }),
  },
  c: {
    ext: 'c', doc: cDoc,
    end: '\nint commuters(void) {\n  return pains[1].severity + relievers[1].relieves->severity;\n}\n',
    half: 'int commu\n', stringStart: '\n  { "px", ', stringText: '"Waiting for the bus in the rain on a Monday morning',
    ask: lines => { const l = lines.length - 2; const c = lines[l].indexOf('pains[0].') + 'pains[0].'.length; return { completion: { line: l, character: c }, hover: { line: l, character: c - 7 } }; },
  },
};

const posOf = (text, offset) => { const before = text.slice(0, offset); const line = before.split('\n').length - 1; return { line, character: offset - before.lastIndexOf('\n') - 1 }; };
const offsetOf = (lines, line, character) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;

// One cold session: open, every edit kind (the document is put back to the original between kinds,
// untimed), completion and hover, peak RSS.
async function session(cmd, language, size, kindOrder, folder) {
  const lang = languages[language];
  const c = new Client(cmd);
  await c.request('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: editorCapabilities });
  c.notify('initialized', {});
  const d = lang.doc(size);
  const file = join(folder, `doc${size}.${lang.ext}`); writeFileSync(file, d.text);
  const uri = pathToFileURL(file).href; const lines = d.text.split('\n');
  let version = 1; let text = d.text;
  // Servers that do not send versions (yaml-language-server) are matched by the next publication.
  const diag = v => c.waitFor(m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (m.params.version === undefined || m.params.version === v));
  // One didChange (replace [from, to) by `insert`), waited for by its diagnostics; returns ms (NaN on timeout).
  const change = async (from, to, insert) => {
    const v = ++version; const p = diag(v); const t = now();
    c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: posOf(text, from), end: posOf(text, to) }, text: insert }] });
    text = text.slice(0, from) + insert + text.slice(to);
    const m = await p;
    if (process.env.LSP_BENCH_DEBUG && m) process.stderr.write(`  v${v} ${JSON.stringify(insert)}: ${m.params.diagnostics.filter(x => x.severity === 1).length} errors, first: ${m.params.diagnostics.find(x => x.severity === 1)?.message?.slice(0, 90)}\n`);
    return m ? now() - t : NaN;
  };
  const reset = async () => { const v = ++version; const p = diag(v); c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: d.text }] }); text = d.text; await p; };
  const typeInEntry = async times => { const at = offsetOf(lines, d.entry, lines[d.entry].indexOf('"Waiting') + 2); for (let i = 0; i < runs; i++) times.push(await change(at, at + (i > 0 ? 1 : 0), String.fromCharCode(97 + i % 26))); };

  let t = now(); const first = diag(1);
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: language, version: 1, text } }); await first; const open = now() - t;
  if (process.env.LSP_BENCH_DEBUG) process.stderr.write(`  after open: peak RSS ${c.rssMiB().toFixed(0)} MiB\n`);
  const edits = {}; const cpu = {};
  for (const kind of kindOrder) {
    const times = edits[kind] = [];
    const cpuBefore = c.cpuMs();
    if (kind === 'entry') await typeInEntry(times);
    else if (kind === 'end') { for (let i = 0; i < runs; i++) { const ch = lang.end[i % lang.end.length]; times.push(await change(text.length, text.length, ch)); } }
    else if (kind === 'half') { await change(text.length, text.length, lang.half); await typeInEntry(times); }
    else if (kind === 'string') {
      let at = offsetOf(lines, d.middle, lines[d.middle].length);
      await change(at, at, lang.stringStart); at += lang.stringStart.length;
      for (let i = 0; i < runs; i++) { times.push(await change(at, at, lang.stringText[i % lang.stringText.length])); at++; }
    } else if (kind === 'brace') {
      const at = offsetOf(lines, d.brace, lines[d.brace].indexOf('}'));
      for (let i = 0; i < runs; i++) times.push(i % 2 === 0 ? await change(at, at + 1, '') : await change(at, at, '}'));
    }
    cpu[kind] = (c.cpuMs() - cpuBefore) / runs;
    if (process.env.LSP_BENCH_DEBUG) process.stderr.write(`  after ${kind}: peak RSS ${c.rssMiB().toFixed(0)} MiB\n`);
    await reset();
  }
  const completions = [], hovers = [];
  const ask = lang.ask(lines, d);
  for (let i = 0; i < Math.min(runs, 10); i++) {
    t = now(); await c.request('textDocument/completion', { textDocument: { uri }, position: ask.completion }); completions.push(now() - t);
    t = now(); await c.request('textDocument/hover', { textDocument: { uri }, position: ask.hover }); hovers.push(now() - t);
  }
  const rss = c.rssMiB();
  await c.close();
  return { open, edits, cpu, completions, hovers, rss, lines: lines.length - 1 };
}

async function spawnTime(cmd, folder) {
  const t = now(); const c = new Client(cmd);
  await c.request('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} });
  const ms = now() - t; c.notify('initialized', {}); await c.close(); return ms;
}

async function measure(servers, sizes) {
  const folder = mkdtempSync(join(tmpdir(), 'lsp-bench-'));
  const results = servers.map(s => ({ ...s, spawn: [], sizes: Object.fromEntries(sizes.map(n => [n, { open: [], rss: [], lines: 0, completions: [], hovers: [], edits: Object.fromEntries(kinds.map(k => [k, []])), cpu: Object.fromEntries(kinds.map(k => [k, []])) }])) }));
  for (let round = 0; round < rounds; round++) {
    const order = results.map((_, i) => results[(i + round) % results.length]);
    for (const r of order) for (let i = 0; i < 3; i++) r.spawn.push(await spawnTime(r.cmd, folder));
    for (const size of sizes) {
      for (const r of order) {
        const kindOrder = kinds.map((_, i) => kinds[(i + round) % kinds.length]);
        const s = await session(r.cmd, r.language, size, kindOrder, folder);
        const into = r.sizes[size];
        into.open.push(s.open); into.rss.push(s.rss); into.lines = s.lines; into.completions.push(...s.completions); into.hovers.push(...s.hovers);
        for (const k of kinds) { into.edits[k].push(...s.edits[k]); into.cpu[k].push(s.cpu[k]); }
        process.stderr.write(`round ${round + 1}/${rounds} ${r.name} ${size}: open ${s.open.toFixed(0)} ms, ${kinds.map(k => `${k} ${stats(s.edits[k].filter(Number.isFinite)).median?.toFixed(1)} (cpu ${s.cpu[k].toFixed(0)})`).join(', ')}, RSS ${s.rss.toFixed(0)} MiB\n`);
      }
    }
  }
  return results;
}

// A profile of `pains` pains (every other one already relieved) and a value map whose last reliever
// is being typed: `… relieves ` with the cursor after the space.
// Language 1.1 declarations about the same segment come first, one set per 100 pains, as in the edited canvases.
function referenceCanvas(pains) {
  const lines = ['segment riders "People who ride a bike 10 km to work"'];
  for (let b = 0; b < Math.floor(pains / 100); b++) lines.push(...researchBundle(b));
  lines.push('profile riders {');
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

const f = x => (Number.isFinite(x) ? x.toFixed(1) : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b < 0.1 ? (a / b).toFixed(3) : (a / b).toFixed(2)) : '—');
const reportCompletion = (name, rows) => [`### Completion after \`relieves \`: ${name}`, '',
  '| pains | after `relieves ` median / p95 ms (items) | after `relieves p1` median / p95 ms (items) | resolve median / p95 ms |', '| --- | --- | --- | --- |',
  ...rows.map(x => `| ${x.pains} | ${f(x.bare.median)} / ${f(x.bare.p95)} (${x.bare.items}${x.bare.incomplete ? ', incomplete' : ''}) | ${f(x.prefix.median)} / ${f(x.prefix.p95)} (${x.prefix.items}${x.prefix.incomplete ? ', incomplete' : ''}) | ${x.resolve ? `${f(x.resolve.median)} / ${f(x.resolve.p95)}` : '—'} |`), ''].join('\n');

function report(results, sizes) {
  const out = [];
  for (const r of results) {
    const sp = stats(r.spawn);
    out.push(`### ${r.name} (\`${r.cmd.join(' ')}\`)`, '', `spawn→initialize: median ${f(sp.median)} ms, p95 ${f(sp.p95)} ms (${sp.n} spawns)`, '',
      `| entries (lines) | open→diagnostics ms | ${kinds.map(k => `${k} median / p95 ms`).join(' | ')} | completion median / p95 ms | hover median / p95 ms | peak RSS MiB |`,
      `| --- | --- | ${kinds.map(() => '---').join(' | ')} | --- | --- | --- |`);
    for (const size of sizes) {
      const s = r.sizes[size];
      const cells = kinds.map(k => { const ok = s.edits[k].filter(Number.isFinite); const st = stats(ok); const lost = s.edits[k].length - ok.length; return `${f(st.median)} / ${f(st.p95)}${lost ? ` (${lost} timed out)` : ''}`; });
      out.push(`| ${size} (${s.lines}) | ${f(stats(s.open).median)} | ${cells.join(' | ')} | ${f(stats(s.completions).median)} / ${f(stats(s.completions).p95)} | ${f(stats(s.hovers).median)} / ${f(stats(s.hovers).p95)} | ${f(Math.max(...s.rss))} |`);
    }
    out.push('', `Server CPU per edit (user + system, all threads; mean over a session's edits, median of ${rounds} sessions), ms:`, '',
      `| entries | ${kinds.join(' | ')} |`, `| --- | ${kinds.map(() => '---').join(' | ')} |`,
      ...sizes.map(size => `| ${size} | ${kinds.map(k => f(stats(r.sizes[size].cpu[k]).median)).join(' | ')} |`));
    out.push('');
  }
  const base = results[0];
  for (const peer of results.slice(1)) {
    out.push(`### ${base.name} ÷ ${peer.name} (medians)`, '', `| entries | open | ${kinds.join(' | ')} | peak RSS |`, `| --- | --- | ${kinds.map(() => '---').join(' | ')} | --- |`);
    for (const size of sizes) {
      const a = base.sizes[size], b = peer.sizes[size];
      const m = (x, k) => stats(x.edits[k].filter(Number.isFinite)).median;
      out.push(`| ${size} | ${ratio(stats(a.open).median, stats(b.open).median)} | ${kinds.map(k => ratio(m(a, k), m(b, k))).join(' | ')} | ${ratio(Math.max(...a.rss), Math.max(...b.rss))} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

const sizes = opt('--sizes', '1000,10000').split(',').map(Number);
const only = opt('--only', null);
let out = '';
if (only !== 'completion') {
  const servers = [];
  if (server.length) servers.push({ name: 'CanvasLang', cmd: server, language: 'canvaslang' });
  for (const extra of opts('--canvas')) servers.push({ name: `CanvasLang (${extra})`, cmd: extra.split(' '), language: 'canvaslang' });
  if (yaml) servers.push({ name: 'yaml-language-server', cmd: ['node', yaml, '--stdio'], language: 'yaml' });
  if (clangd) servers.push({ name: 'clangd', cmd: [clangd], language: 'c' });
  const results = await measure(servers, sizes);
  out += `Rounds: ${rounds}; per round and server, one cold session per size with ${runs} edits of each kind (${kinds.join(', ')}).\n\n` + report(results, sizes);
  const json = opt('--json', null);
  if (json) writeFileSync(json, JSON.stringify({ rounds, runs, kinds, sizes, results }, null, 1));
}
const completionSizes = opt('--completion', only === 'completion' ? '166,1666' : null);
if (completionSizes && server.length) out += '\n' + reportCompletion(server.join(' '), await measureCompletion(server, completionSizes.split(',').map(Number)));
console.log(out);
