// CanvasLang for VS Code: language client for the `canvaslang lsp` server, live preview, exports,
// fit summary in the status bar, and a few commands that need no server.
import * as vscode from 'vscode';
import {
  CloseAction, DocumentSelector, DynamicFeature, ErrorAction, LanguageClient, LanguageClientOptions, RevealOutputChannelOn, ServerOptions,
  State, StaticFeature,
} from 'vscode-languageclient/node';
import { createConfig, exportCanvas, newCanvas, openRuleDocumentation } from './commands';
import { DiagnosticsFilter } from './diagnosticsFilter';
import { PreviewManager } from './preview';
import { FitSummaryRequest, LANGUAGE_ID, looksLikeJsonCanvas } from './protocol';
import { ErrorAction as StartAction, ServerStartError, checkBinary, resolveServer, spawnServer } from './server';
import { SnippetTextEditFeature, snippetCodeActions } from './snippetEdits';

/** Canvases: every feature of the server. */
const CANVAS_SELECTOR: DocumentSelector = [{ language: LANGUAGE_ID, scheme: 'file' }, { language: LANGUAGE_ID, scheme: 'untitled' }];
/**
 * canvaslang.json is synchronized too, so the server reports its problems (CV900) from the unsaved
 * text as you type; canvases are analyzed with the saved file.
 */
const CONFIG_SELECTOR: DocumentSelector = [{ scheme: 'file', pattern: '**/canvaslang.json' }];
const SYNC_METHODS = new Set([
  'textDocument/didOpen', 'textDocument/didChange', 'textDocument/willSave', 'textDocument/willSaveWaitUntil',
  'textDocument/didSave', 'textDocument/didClose',
]);

/**
 * Text synchronization uses the whole documentSelector (canvases and canvaslang.json); every other
 * feature (completion, hover, formatting, folding, outline, code actions, semantic tokens, pulled
 * diagnostics…) is registered for canvases only, so the JSON language and the schema the extension
 * contributes keep serving canvaslang.json, and VS Code sees no second JSON formatter.
 */
class CanvasLanguageClient extends LanguageClient {
  override registerFeature(feature: StaticFeature | DynamicFeature<any>): void {
    const method = (feature as Partial<DynamicFeature<unknown>>).registrationType?.method;
    if (!method || !SYNC_METHODS.has(method)) {
      const initialize = feature.initialize.bind(feature);
      feature.initialize = (capabilities, _documentSelector) => initialize(capabilities, CANVAS_SELECTOR);
    }
    super.registerFeature(feature);
  }
}

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let traceOutput: vscode.OutputChannel;
let filter: DiagnosticsFilter;
let preview: PreviewManager;
let status: vscode.StatusBarItem;
let lastStartError: string | undefined;
let starting: Promise<void> | undefined;

/** What the extension exports (used by the end-to-end tests; not a stable API). */
export interface CanvasLangApi {
  client(): LanguageClient | undefined;
  lastStartError(): string | undefined;
  ready(): Promise<void>;
  preview: PreviewManager;
  unfilteredDiagnostics(uri: vscode.Uri): vscode.Diagnostic[];
  statusText(): string | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<CanvasLangApi> {
  output = vscode.window.createOutputChannel('CanvasLang Language Server');
  traceOutput = vscode.window.createOutputChannel('CanvasLang Language Server Trace');
  filter = new DiagnosticsFilter();
  preview = new PreviewManager(() => client, context.extensionUri);
  status = vscode.window.createStatusBarItem('canvaslang.fit', vscode.StatusBarAlignment.Right, 100);
  status.name = 'CanvasLang Fit';
  status.command = 'canvaslang.openPreview';
  context.subscriptions.push(output, traceOutput, filter, preview, status);

  const reg = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('canvaslang.newCanvas', (opts?: unknown) => newCanvas(scriptTarget(opts)));
  reg('canvaslang.createConfig', () => createConfig());
  reg('canvaslang.openRuleDocumentation', (arg?: unknown) => openRuleDocumentation(context, arg));
  reg('canvaslang.openPreview', (uri?: vscode.Uri) => preview.open(uri instanceof vscode.Uri ? uri : undefined));
  reg('canvaslang.exportSvg', (opts?: unknown) => exportCanvas(client, 'svg', scriptTarget(opts)));
  reg('canvaslang.exportHtml', (opts?: unknown) => exportCanvas(client, 'html', scriptTarget(opts)));
  reg('canvaslang.exportMarkdown', (opts?: unknown) => exportCanvas(client, 'markdown', scriptTarget(opts)));
  reg('canvaslang.exportJson', (opts?: unknown) => exportCanvas(client, 'json', scriptTarget(opts)));
  reg('canvaslang.restartServer', async () => {
    await stopClient();
    await startClient(context, true);
    preview.refresh();
    void updateStatus();
  });

  // JSON Canvas files (another format, also *.canvas) start with `{`: hand them to the JSON mode.
  const told = new Set<string>();
  const checkJsonCanvas = async (doc: vscode.TextDocument) => {
    if (doc.languageId !== LANGUAGE_ID || !looksLikeJsonCanvas(doc.getText(new vscode.Range(0, 0, 50, 0)))) return;
    await vscode.languages.setTextDocumentLanguage(doc, 'json');
    if (!told.has(doc.uri.toString())) {
      told.add(doc.uri.toString());
      void vscode.window.showInformationMessage(
        `${vscode.workspace.asRelativePath(doc.uri)} is a JSON Canvas file (it starts with "{"), not CanvasLang: opened as JSON.`);
    }
  };
  vscode.workspace.textDocuments.forEach(d => void checkJsonCanvas(d));
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(d => void checkJsonCanvas(d)));

  // status bar: fit summary of the active canvas
  let statusTimer: NodeJS.Timeout | undefined;
  const scheduleStatus = () => { if (statusTimer) clearTimeout(statusTimer); statusTimer = setTimeout(() => void updateStatus(), 500); };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.workspace.onDidChangeTextDocument(e => { if (e.document === vscode.window.activeTextEditor?.document) scheduleStatus(); }),
    vscode.languages.onDidChangeDiagnostics(() => scheduleStatus()),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('canvaslang.server.path')) {
        void vscode.window.showInformationMessage('CanvasLang: the server path changed. Restart the language server to use it.', 'Restart Server')
          .then(a => { if (a) void vscode.commands.executeCommand('canvaslang.restartServer'); });
      }
    }),
  );

  starting = startClient(context, false);
  void starting.then(() => updateStatus());

  return {
    client: () => client,
    lastStartError: () => lastStartError,
    ready: () => starting ?? Promise.resolve(),
    preview,
    unfilteredDiagnostics: uri => filter.unfiltered(uri),
    statusText: () => (statusShown ? status.text : undefined),
  };
}

/**
 * Scripts and tests may pass `{ to: Uri }` to write without a dialog. A bare Uri (what menus pass:
 * the file the menu was opened on) is deliberately not a target, so that a menu never overwrites it.
 */
function scriptTarget(opts: unknown): vscode.Uri | undefined {
  const to = opts && typeof opts === 'object' && !(opts instanceof vscode.Uri) ? (opts as { to?: unknown }).to : undefined;
  return to instanceof vscode.Uri ? to : undefined;
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

function settingsForServer() {
  const c = vscode.workspace.getConfiguration('canvaslang', null);
  return { lint: { run: c.get('lint.run', 'onType'), focusMode: c.get('lint.focusMode', false) } };
}

async function startClient(context: vscode.ExtensionContext, userAsked: boolean): Promise<void> {
  lastStartError = undefined;
  let server;
  try {
    server = resolveServer(context);
    const wrong = checkBinary(server.file.toLowerCase().endsWith('.dll') ? '' : server.file);
    if (wrong) throw new ServerStartError(wrong, ['Open Settings']);
  } catch (e) {
    return reportStartError(e);
  }

  let earlyExit: Promise<ServerStartError> | undefined;
  const serverOptions: ServerOptions = async () => {
    const spawned = spawnServer(server!, output);
    earlyExit = spawned.earlyExit;
    return spawned.process;
  };
  let initialized = false;
  let crashes: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...CANVAS_SELECTOR, ...CONFIG_SELECTOR],
    synchronize: {
      configurationSection: 'canvaslang',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/canvaslang.json'),
        vscode.workspace.createFileSystemWatcher('**/*.canvas'),
      ],
    },
    initializationOptions: { settings: settingsForServer(), diagnostics: 'push' },
    outputChannel: output,
    traceOutputChannel: traceOutput,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: { handleDiagnostics: filter.handleDiagnostics, ...snippetCodeActions(() => c) },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        if (!initialized) return { action: CloseAction.DoNotRestart, handled: true };
        const now = Date.now();
        crashes = crashes.filter(t => now - t < 3 * 60 * 1000).concat(now);
        if (crashes.length <= 4) {
          output.appendLine('[client] the server stopped unexpectedly; restarting it.');
          return { action: CloseAction.Restart, handled: true };
        }
        return {
          action: CloseAction.DoNotRestart,
          message: 'CanvasLang: the language server crashed 5 times in 3 minutes and will not be restarted. See the "CanvasLang Language Server" output, then run "CanvasLang: Restart Language Server".',
        };
      },
    },
  };
  const c = new CanvasLanguageClient('canvaslang', 'CanvasLang Language Server', serverOptions, clientOptions);
  c.registerFeature(new SnippetTextEditFeature());
  client = c;
  c.onDidChangeState(e => {
    if (e.newState === State.Running) { initialized = true; preview.refresh(); void updateStatus(); }
  });
  try {
    const started = c.start();
    // the start promise can hang when the process dies before answering `initialize`: race it
    const died = new Promise<never>((_, reject) => {
      const poll = setInterval(() => {
        if (earlyExit) { clearInterval(poll); void earlyExit.then(err => { if (!initialized) reject(err); }); }
      }, 20);
      void started.finally(() => clearInterval(poll));
    });
    await Promise.race([started, died]);
    // start() can resolve although initialization failed (the client logs it and gives up)
    if (!c.isRunning()) throw new Error('the server stopped before it finished starting');
    initialized = true;
    output.appendLine(`[client] server running: ${c.initializeResult?.serverInfo?.name ?? 'canvaslang'} ${c.initializeResult?.serverInfo?.version ?? ''}`);
    if (userAsked) void vscode.window.setStatusBarMessage('CanvasLang: language server restarted', 3000);
  } catch (e) {
    client = undefined;
    // the client often fails first with a bare "write EPIPE": prefer the process's own story
    const early = earlyExit ? await Promise.race([earlyExit, new Promise<undefined>(r => setTimeout(r, 2000, undefined))]) : undefined;
    try { await c.dispose(2000); } catch { /* already gone */ }
    reportStartError(early ?? e);
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (!c) return;
  try {
    if (c.isRunning()) await c.stop(5000);
    else await c.dispose(2000);
  } catch (e) {
    output.appendLine(`[client] stopping the server failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function reportStartError(e: unknown): void {
  const err = e instanceof ServerStartError ? e
    : new ServerStartError(`CanvasLang: the language server could not be started: ${e instanceof Error ? e.message : String(e)}`, ['Show Output', 'Open Settings']);
  lastStartError = err.message;
  output.appendLine(`[client] ${err.message}`);
  void vscode.window.showErrorMessage(err.message, ...err.actions).then(action => runAction(action));
}

async function runAction(action: StartAction | undefined): Promise<void> {
  switch (action) {
    case 'Open Settings': await vscode.commands.executeCommand('workbench.action.openSettings', 'canvaslang.server.path'); break;
    case 'Show Output': output.show(true); break;
    case 'Install .NET': await vscode.env.openExternal(vscode.Uri.parse('https://dot.net/download')); break;
    case 'Restart Server': await vscode.commands.executeCommand('canvaslang.restartServer'); break;
  }
}

let statusVersion = 0;
let statusShown = false;
function showStatus(): void { statusShown = true; status.show(); }
function hideStatus(): void { statusShown = false; status.hide(); }
async function updateStatus(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const version = ++statusVersion;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) { hideStatus(); return; }
  const c = client;
  if (!c || !c.isRunning()) {
    status.text = '$(warning) CanvasLang';
    status.tooltip = lastStartError ?? 'The CanvasLang language server is not running.';
    status.command = 'canvaslang.restartServer';
    showStatus();
    return;
  }
  try {
    const res = await c.sendRequest(FitSummaryRequest, { uri: c.code2ProtocolConverter.asUri(editor.document.uri) });
    if (version !== statusVersion) return;
    if (!res?.text) { hideStatus(); return; }
    status.text = `$(target) ${res.text}`;
    status.tooltip = 'CanvasLang fit summary of this canvas. Click to open the preview.';
    status.command = 'canvaslang.openPreview';
    showStatus();
  } catch {
    if (version === statusVersion) hideStatus();
  }
}
