// A stand-in CanvasLang language server for testing the e2e harness itself before the real server
// exists (run.sh with E2E_MOCK_SERVER=1). It fakes just enough: CV101 on "Too expensive", CV002 on
// `queu`, pains after `relieves`, hover on qualifiers, a "did you mean" fix, a re-indenting formatter,
// canvaslang/render, canvaslang/export and canvaslang/fitSummary. NOT the product: never ship it.
const { createConnection, TextDocuments, TextDocumentSyncKind, DiagnosticSeverity, CodeActionKind, CompletionItemKind, TextEdit, Range } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');
const connection = createConnection(process.stdin, process.stdout);
const docs = new TextDocuments(TextDocument);
const RULES = 'https://github.com/canvaslang/canvaslang/blob/main/docs/rules/';

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    completionProvider: { triggerCharacters: [' ', ','] },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.canvaslang'] },
    documentFormattingProvider: true,
  },
  serverInfo: { name: 'canvaslang-mock', version: '0.0.0' },
}));

function lint(doc) {
  const diagnostics = [];
  doc.getText().split('\n').forEach((line, i) => {
    let m = line.indexOf('"Too expensive"');
    if (m >= 0) diagnostics.push({ range: Range.create(i, m, i, m + 15), severity: DiagnosticSeverity.Warning, source: 'canvaslang',
      code: 'CV101', codeDescription: { href: RULES + 'CV101.md' }, message: '"Too expensive" is vague: say how much, compared with what (a number? a situation?)' });
    const r = /\brelieves\s+(queu)\b(?!e)/.exec(line);
    if (r) { const s = r.index + r[0].length - 4; diagnostics.push({ range: Range.create(i, s, i, s + 4), severity: DiagnosticSeverity.Error, source: 'canvaslang',
      code: 'CV002', codeDescription: { href: RULES + 'CV002.md' }, message: 'There is no pain `queu`. Did you mean `queue`?' }); }
  });
  connection.sendDiagnostics({ uri: doc.uri, diagnostics });
}
docs.onDidChangeContent(e => lint(e.document));

connection.onCompletion(p => {
  const doc = docs.get(p.textDocument.uri);
  const before = doc.getText(Range.create(p.position.line, 0, p.position.line, p.position.character));
  if (!/\brelieves\s+(?:[\w-]+\s*,\s*)*[\w-]*$/.test(before)) return [];
  const pains = [...doc.getText().matchAll(/\bpain\s+([A-Za-z_][\w-]*)\s+"([^"]*)"/g)];
  return pains.map(m => ({ label: m[1], kind: CompletionItemKind.Reference, detail: 'pain', documentation: m[2] }));
});

const QUALIFIERS = { obstacle: '**obstacle** pain: something that stops the customer from getting the job done, or makes it harder.' };
connection.onHover(p => {
  const doc = docs.get(p.textDocument.uri);
  const line = doc.getText(Range.create(p.position.line, 0, p.position.line + 1, 0));
  const w = /[A-Za-z_][\w-]*/g; let m;
  while ((m = w.exec(line))) if (m.index <= p.position.character && p.position.character <= m.index + m[0].length && QUALIFIERS[m[0]]) {
    return { contents: { kind: 'markdown', value: QUALIFIERS[m[0]] }, range: Range.create(p.position.line, m.index, p.position.line, m.index + m[0].length) };
  }
  return null;
});

connection.onCodeAction(p => p.context.diagnostics.filter(d => d.code === 'CV002').map(d => ({
  title: 'Change to `queue`', kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true,
  edit: { changes: { [p.textDocument.uri]: [TextEdit.replace(d.range, 'queue')] } },
})));

connection.onDocumentFormatting(p => {
  const doc = docs.get(p.textDocument.uri);
  let depth = 0;
  const out = doc.getText().split('\n').map(raw => {
    const t = raw.trim().replace(/("(?:[^"\\]|\\.)*")|\s{2,}/g, (all, str) => str || ' ');
    if (t.startsWith('}')) depth = Math.max(0, depth - 1);
    const line = t ? '  '.repeat(depth) + t : '';
    if (t.endsWith('{')) depth++;
    return line;
  }).join('\n');
  return out === doc.getText() ? [] : [TextEdit.replace(Range.create(0, 0, doc.lineCount, 0), out)];
});

function render(doc, theme) {
  const dark = theme === 'dark';
  const rows = doc.getText().split('\n').map((l, i) => [l, i]).filter(([l]) => /^\s*(\w+\s+)?(job|pain|gain|product|service|reliever|creator)\b/.test(l));
  const esc = s => s.replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  return `<style>.mock{font:14px sans-serif;color:${dark ? '#ddd' : '#222'}} .mock div{padding:4px 8px;margin:3px;border-radius:4px;background:${dark ? '#2b3a4a' : '#e8f0fa'}}</style>` +
    `<div class="mock"><h2>Mock render (${theme})</h2>${rows.map(([l, i]) => `<div data-line="${i}">${esc(l.trim())}</div>`).join('')}</div>`;
}
connection.onRequest('canvaslang/render', p => ({ content: render(docs.get(p.uri), p.theme) }));
connection.onRequest('canvaslang/export', p => ({ content: p.format === 'json' ? JSON.stringify({ mock: true }) : render(docs.get(p.uri), 'light') }));
connection.onRequest('canvaslang/fitSummary', () => ({ text: 'relieves 1 of 1 severe pains (mock)' }));

docs.listen(connection);
connection.listen();
