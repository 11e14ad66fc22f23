// Tokenizes a .canvas file with the extension's TextMate grammar (the same engine VS Code uses) and
// prints one line per token: `line:col  scope  "text"`. With --check, asserts the expectations below.
//   node test/grammar/tokenize.mjs [file.canvas] [--check]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const require = createRequire(import.meta.url);
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const here = dirname(fileURLToPath(import.meta.url));
const ext = join(here, '..', '..');
const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')).buffer;
await oniguruma.loadWASM(wasm);
const registry = new vsctm.Registry({
  onigLib: Promise.resolve({ createOnigScanner: p => new oniguruma.OnigScanner(p), createOnigString: s => new oniguruma.OnigString(s) }),
  loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(join(ext, 'syntaxes', 'canvaslang.tmLanguage.json'), 'utf8'), 'x.json'),
});
const grammar = await registry.loadGrammar('source.canvaslang');

export function tokenize(text) {
  const out = [];
  let state = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ line: i, col: t.startIndex, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  });
  return out;
}

const args = process.argv.slice(2);
const file = args.find(a => !a.startsWith('--')) ?? join(ext, 'test', 'fixtures', 'highlight.canvas');
const tokens = tokenize(readFileSync(file, 'utf8'));
if (!args.includes('--check')) {
  for (const t of tokens) if (t.text.trim()) console.log(`${t.line + 1}:${t.col + 1}\t${t.scopes.slice(1).join(' ') || '-'}\t${JSON.stringify(t.text)}`);
} else {
  // [text, expected innermost scope prefix, occurrence (default first)]
  const expect = [
    ['canvaslang-disable-next-line', 'keyword.control.directive.suppression'],
    ['CV101', 'constant.other.rule-id'],
    ['vague-entry', 'support.constant.rule-name'],
    ['canvaslang-disable', 'keyword.control.directive.suppression'],
    ['canvaslang-enable', 'keyword.control.directive.suppression'],
    ['segment', 'keyword.other.declaration'],
    ['commuters', 'entity.name.type.segment'],
    ['aka', 'keyword.other.aka'],
    ['functional', 'storage.modifier.qualifier'],
    ['job', 'storage.type.entry'],
    ['get_coffee', 'entity.name.function.entry'],
    ['importance', 'keyword.other.attribute'],
    ['high', 'constant.language.level'],
    ['as', 'keyword.other.attribute'],
    ['buyer', 'constant.language.role'],
    ['risk', 'storage.modifier.qualifier'],
    ['severity', 'keyword.other.attribute'],
    ['extreme', 'constant.language.level'],
    ['unexpected', 'storage.modifier.qualifier'],
    ['digital', 'storage.modifier.qualifier'],
    ['serves', 'keyword.other.reference'],
    ['pay', 'variable.other.reference', 1],
    ['relieves', 'keyword.other.reference'],
    ['queue', 'variable.other.reference', 1],
    ['creates', 'keyword.other.reference'],
    ['same_taste', 'variable.other.reference', 1],
    ['\\"', 'constant.character.escape'],
    ['\\\\', 'constant.character.escape'],
    ['hypothesis', 'keyword.other.field'],
    ['2026-12-15', 'constant.numeric.date'],
    ['planned', 'constant.language.status'],
    ['1', 'constant.numeric.integer'],
    ['preorder_demand', 'variable.other.reference.test', 1],
    ['/*', 'punctuation.definition.comment'],
    ['channels', 'keyword.other.field'],
  ];
  let failed = 0;
  for (const [text, scope, nth = 0] of expect) {
    const hits = tokens.filter(t => t.text === text);
    const t = hits[nth];
    const inner = t ? t.scopes[t.scopes.length - 1] : '(not found)';
    const ok = t && inner.startsWith(scope);
    if (!ok) { failed++; console.log(`FAIL ${JSON.stringify(text)}#${nth}: expected ${scope}, got ${inner}`); }
  }
  // the relevance after a reference list is an attribute, not a reference
  const rel = tokens.filter(t => t.text === 'relevance');
  if (!rel.length || rel.some(t => !t.scopes.at(-1).startsWith('keyword.other.attribute'))) { failed++; console.log('FAIL relevance after refs'); }
  console.log(failed ? `grammar: ${failed} FAILED of ${expect.length + 1}` : `grammar: all ${expect.length + 1} checks pass`);
  process.exit(failed ? 1 : 0);
}
