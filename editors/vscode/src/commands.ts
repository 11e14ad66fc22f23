// Commands that do not need the language server (new canvas, config file, rule docs) and exports.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { ExportFormat, ExportRequest, LANGUAGE_ID, RULE_DOCS_URL } from './protocol';

/** The rule catalog (ids and names are stable; see docs/rules/). */
export const RULES: ReadonlyArray<[string, string]> = [
  ['CV000', 'not-canvaslang'], ['CV001', 'syntax'], ['CV002', 'unknown-reference'], ['CV003', 'duplicate-name'], ['CV004', 'wrong-reference-kind'],
  ['CV005', 'import'], ['CV006', 'duplicate-block'], ['CV007', 'undeclared-segment'], ['CV008', 'bad-value'],
  ['CV101', 'vague-entry'], ['CV102', 'functional-only-jobs'], ['CV103', 'mixed-segments'], ['CV104', 'reversed-profile'],
  ['CV105', 'job-as-outcome'], ['CV106', 'opposite-gain'], ['CV107', 'insufficient-profile'], ['CV108', 'unranked-entries'],
  ['CV109', 'unclassified-job'], ['CV110', 'duplicate-entry'],
  ['CV201', 'addresses-everything'], ['CV202', 'irrelevant-offer'], ['CV203', 'irrelevant-reliever-or-creator'], ['CV204', 'mixed-value-map'],
  ['CV301', 'unrelieved-severe-pain'], ['CV302', 'uncreated-essential-gain'], ['CV303', 'unserved-important-job'], ['CV304', 'half-canvas'],
  ['CV401', 'incomplete-test-card'], ['CV402', 'unmeasurable-criteria'], ['CV403', 'overdue-test'], ['CV404', 'single-test'],
  ['CV405', 'unprioritized-tests'], ['CV406', 'test-without-learning'],
  ['CV501', 'customer-purpose-voice'], ['CV502', 'vague-statement'], ['CV503', 'model-segment-without-profile'],
  ['CV504', 'model-proposition-without-valuemap'],
  ['CV601', 'persona-demographics-only'], ['CV602', 'persona-without-evidence'], ['CV603', 'persona-without-profile'],
  ['CV604', 'too-many-personas'],
  ['CV611', 'unobservable-empathy-goal'], ['CV612', 'say-without-quote'], ['CV613', 'inside-without-outside'],
  ['CV614', 'empathy-entry-not-in-profile'],
  ['CV621', 'profile-cites-no-interview'], ['CV622', 'leading-interview-note'], ['CV623', 'entry-heard-once'],
  ['CV631', 'untested-critical-assumption'], ['CV632', 'tests-on-unimportant-assumptions'], ['CV633', 'learning-without-verdict'],
  ['CV641', 'positioning-for-everyone'], ['CV642', 'benefit-is-feature-list'], ['CV643', 'no-real-alternative'],
  ['CV644', 'unproven-differentiator'], ['CV645', 'need-matches-nothing'],
  ['CV651', 'swot-item-on-wrong-side'], ['CV652', 'swot-too-long'], ['CV653', 'swot-without-action'],
  ['CV654', 'swot-without-priority'],
  ['CV661', 'metric-without-measurable-target'], ['CV662', 'metric-without-frequency'], ['CV663', 'orphan-metric'],
  ['CV671', 'unsupported-fit-stage'],
  ['CV900', 'configuration'], ['CV901', 'unused-suppression'],
];

export const STARTER_CANVAS = `// A value proposition canvas for one customer segment.
// Describe the customer first (profile), then what you offer them (valuemap).
title "My value proposition"

segment customers "Who they are, concretely: role, situation, place"

profile customers {
  functional job main_job "The task they are trying to get done, in their words" importance high
  emotional job feel "How they want to feel while doing it"
  social job seen "How they want to be seen by others"

  pain worst "What annoys them most, with a number or a situation" severity extreme
  obstacle pain blocker "What stops them from getting the job done" severity high
  risk pain fear "What could go badly wrong" severity moderate

  required gain must "The outcome without which the job fails" relevance essential
  desired gain wish "What they would ask for if you asked" relevance high
  unexpected gain delight "What would surprise them" relevance nice
}

valuemap customers {
  service offer "What you offer this segment" serves main_job

  reliever fix_worst "How the offer takes away the worst pain" relieves worst
  creator make_must "How the offer produces the required gain" creates must
}

test first_test for customers {
  hypothesis "We believe that …"
  experiment "To verify that, we will …"
  metric "And measure …"
  criteria "We are right if at least …%"
  owner "Your name"
  due ${new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10)}
  status planned
  priority 1
}
`;

export const STARTER_CONFIG = {
  $schema: 'https://raw.githubusercontent.com/canvaslang/canvaslang/main/docs/schema/canvaslang.schema.json',
  rules: {
    CV101: 'warning',
    CV108: 'info',
  },
  ignore: [] as string[],
};

/** `target` (optional, for scripts and tests): where to write, without asking. */
export async function newCanvas(target?: vscode.Uri): Promise<void> {
  if (target) {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(STARTER_CANVAS));
    await vscode.window.showTextDocument(target);
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: STARTER_CANVAS });
    await vscode.window.showTextDocument(doc);
    return;
  }
  let suggested = vscode.Uri.joinPath(folder.uri, 'value-proposition.canvas');
  for (let i = 2; await exists(suggested); i++) suggested = vscode.Uri.joinPath(folder.uri, `value-proposition-${i}.canvas`);
  const chosen = await vscode.window.showSaveDialog({
    defaultUri: suggested, filters: { CanvasLang: ['canvas'] }, title: 'New CanvasLang canvas', saveLabel: 'Create',
  });
  if (!chosen) return;
  await vscode.workspace.fs.writeFile(chosen, new TextEncoder().encode(STARTER_CANVAS));
  await vscode.window.showTextDocument(chosen);
}

export async function createConfig(): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) {
    void vscode.window.showWarningMessage('CanvasLang: open a folder first; canvaslang.json goes at the root of the folder (or any folder above your .canvas files).');
    return;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Where should canvaslang.json go?' });
  if (!folder) return;
  const target = vscode.Uri.joinPath(folder.uri, 'canvaslang.json');
  if (!(await exists(target))) {
    let schemaRef = STARTER_CONFIG.$schema;
    // prefer the repository's own schema when this workspace is the CanvasLang repository
    if (await exists(vscode.Uri.joinPath(folder.uri, 'docs', 'schema', 'canvaslang.schema.json'))) schemaRef = './docs/schema/canvaslang.schema.json';
    const body = JSON.stringify({ ...STARTER_CONFIG, $schema: schemaRef }, null, 2) + '\n';
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(body));
  } else {
    void vscode.window.showInformationMessage('CanvasLang: canvaslang.json already exists; opening it.');
  }
  await vscode.window.showTextDocument(target);
}

/** Normalizes `cv101`, `CV101`, `vague-entry` to `CV101`; undefined if unknown and not CVnnn-shaped. */
export function ruleId(input: string): string | undefined {
  const s = input.trim();
  const m = /^cv(\d{3})$/i.exec(s);
  if (m) return `CV${m[1]}`;
  const byName = RULES.find(([, name]) => name === s.toLowerCase());
  return byName?.[0];
}

export async function openRuleDocumentation(context: vscode.ExtensionContext, arg?: unknown): Promise<void> {
  let id: string | undefined;
  if (typeof arg === 'string') id = ruleId(arg);
  else if (arg && typeof arg === 'object' && 'value' in arg) id = ruleId(String((arg as { value: unknown }).value));
  if (!id) {
    const fromCursor = ruleAtCursor();
    const pick = await vscode.window.showQuickPick(
      RULES.map(([rid, name]) => ({ label: rid, description: name, picked: rid === fromCursor })),
      { placeHolder: 'Rule id or name (for example CV101 or vague-entry)', matchOnDescription: true, title: 'CanvasLang: Open Rule Documentation' });
    if (!pick) return;
    id = pick.label;
  }
  const bundled = context.asAbsolutePath(path.join('docs', 'rules', `${id}.md`));
  if (fs.existsSync(bundled)) {
    const uri = vscode.Uri.file(bundled);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      await vscode.window.showTextDocument(uri, { preview: true });
    }
    return;
  }
  await vscode.env.openExternal(vscode.Uri.parse(`${RULE_DOCS_URL}${id}.md`));
}

function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const pos = editor.selection.active;
  const d = vscode.languages.getDiagnostics(editor.document.uri).find(x => x.range.contains(pos));
  const code = d?.code;
  const value = typeof code === 'object' && code ? code.value : code;
  return value === undefined ? undefined : ruleId(String(value));
}

const EXPORT_EXT: Record<ExportFormat, { ext: string; label: string }> = {
  svg: { ext: 'svg', label: 'SVG image' },
  html: { ext: 'html', label: 'HTML page' },
  markdown: { ext: 'md', label: 'Markdown' },
  json: { ext: 'json', label: 'JSON' },
};

/** `to` (optional, for scripts and tests): the file to write, without the save dialog. */
export async function exportCanvas(client: LanguageClient | undefined, format: ExportFormat, to?: vscode.Uri): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('CanvasLang: open a .canvas file to export it.');
    return;
  }
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage('CanvasLang: the language server is not running, so the canvas cannot be exported. Run "CanvasLang: Restart Language Server".');
    return;
  }
  const doc = editor.document;
  const { ext, label } = EXPORT_EXT[format];
  const base = doc.isUntitled ? 'canvas' : path.basename(doc.uri.path, path.extname(doc.uri.path));
  const dir = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
  const target = to ?? await vscode.window.showSaveDialog({
    defaultUri: dir ? vscode.Uri.joinPath(dir, `${base}.${ext}`) : undefined,
    filters: { [label]: [ext] }, title: `Export canvas as ${label}`, saveLabel: 'Export',
  });
  if (!target) return;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Exporting ${base}.${ext}` },
    () => client.sendRequest(ExportRequest, { uri: client.code2ProtocolConverter.asUri(doc.uri), format }));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
  if (to) return;
  const open = await vscode.window.showInformationMessage(`CanvasLang: exported to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
  if (open) {
    if (format === 'markdown' || format === 'json') await vscode.window.showTextDocument(target);
    else await vscode.env.openExternal(target);
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}
