// Live preview: a webview beside the editor showing the canvas rendered by the server
// (`canvaslang/render`), following the active canvas editor, refreshed as you type, theme-aware.
// Clicking an element with a `data-line` attribute (0-based) reveals that line in the editor.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID, RenderRequest, Theme } from './protocol';

export const PREVIEW_VIEW_TYPE = 'canvaslang.preview';
const DEBOUNCE_MS = 300;

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private version = 0;
  private readonly disposables: vscode.Disposable[] = [];
  /** last rendered content and when (for tests and diagnostics) */
  lastRender: { uri: string; theme: Theme; length: number; at: number; error?: string } | undefined;

  constructor(private readonly getClient: () => LanguageClient | undefined, private readonly extensionUri: vscode.Uri) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument(e => {
        if (this.panel && this.uri && e.document.uri.toString() === this.uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor(editor => {
        if (!this.panel || !editor || editor.document.languageId !== LANGUAGE_ID) return;
        if (this.uri?.toString() !== editor.document.uri.toString()) {
          this.uri = editor.document.uri;
          this.updateTitle();
          this.schedule(0);
        }
      }),
      vscode.window.onDidChangeActiveColorTheme(() => this.schedule(0)),
    );
  }

  get isOpen(): boolean { return !!this.panel; }
  get currentUri(): vscode.Uri | undefined { return this.uri; }

  open(uri: vscode.Uri | undefined): void {
    const editor = vscode.window.activeTextEditor;
    uri = uri ?? (editor?.document.languageId === LANGUAGE_ID ? editor.document.uri : undefined);
    if (!uri) {
      void vscode.window.showInformationMessage('CanvasLang: open a .canvas file to preview it.');
      return;
    }
    this.uri = uri;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Canvas Preview',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [this.extensionUri] });
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'file-icon.svg');
      this.panel.webview.html = this.shell(this.panel.webview);
      this.panel.webview.onDidReceiveMessage(msg => this.onMessage(msg), undefined, this.disposables);
      this.panel.onDidDispose(() => { this.panel = undefined; if (this.timer) clearTimeout(this.timer); }, undefined, this.disposables);
    }
    this.updateTitle();
    this.schedule(0);
  }

  /** re-render now (after the server restarted, for example) */
  refresh(): void { if (this.panel) this.schedule(0); }

  private updateTitle(): void {
    if (this.panel && this.uri) this.panel.title = `Preview ${this.uri.path.split('/').pop()}`;
  }

  private schedule(delay = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { void this.render(); }, delay);
  }

  private theme(): Theme {
    const kind = vscode.window.activeColorTheme.kind;
    return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light';
  }

  private async render(): Promise<void> {
    const panel = this.panel, uri = this.uri;
    if (!panel || !uri) return;
    const client = this.getClient();
    const theme = this.theme();
    const version = ++this.version;
    if (!client || !client.isRunning()) {
      this.lastRender = { uri: uri.toString(), theme, length: 0, at: Date.now(), error: 'server not running' };
      void panel.webview.postMessage({ type: 'error', text: 'The CanvasLang language server is not running. Run "CanvasLang: Restart Language Server", or see the "CanvasLang Language Server" output.' });
      return;
    }
    try {
      const result = await client.sendRequest(RenderRequest, { uri: client.code2ProtocolConverter.asUri(uri), format: 'html', theme });
      if (version !== this.version || !this.panel) return; // a newer render is on its way
      this.lastRender = { uri: uri.toString(), theme, length: result?.content?.length ?? 0, at: Date.now() };
      void panel.webview.postMessage({ type: 'update', content: result?.content ?? '', theme });
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      this.lastRender = { uri: uri.toString(), theme, length: 0, at: Date.now(), error: text };
      void panel.webview.postMessage({ type: 'error', text: `The canvas could not be rendered: ${text}` });
    }
  }

  private async onMessage(msg: { type: string; line?: number }): Promise<void> {
    if (msg.type !== 'reveal' || typeof msg.line !== 'number' || !this.uri) return;
    const uri = this.uri;
    const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
    const doc = visible?.document ?? await vscode.workspace.openTextDocument(uri);
    const line = Math.max(0, Math.min(msg.line, doc.lineCount - 1));
    const text = doc.lineAt(line);
    const pos = new vscode.Position(line, text.firstNonWhitespaceCharacterIndex);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false,
      selection: new vscode.Range(pos, pos),
    });
    editor.revealRange(text.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private shell(webview: vscode.Webview): string {
    const nonce = Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource} data: https:; style-src ${webview.cspSource} 'unsafe-inline'; font-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); margin: 0; padding: 12px; }
  #status { color: var(--vscode-descriptionForeground); font-style: italic; }
  #status.error { color: var(--vscode-errorForeground); font-style: normal; }
  [data-line] { cursor: pointer; }
  [data-line]:hover { outline: 1px dashed var(--vscode-focusBorder); outline-offset: 2px; }
  svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<div id="status">Rendering…</div>
<div id="canvas"></div>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const status = document.getElementById('status');
  const canvas = document.getElementById('canvas');
  window.addEventListener('message', event => {
    const msg = event.data;
    if (msg.type === 'update') {
      status.textContent = ''; status.className = ''; status.style.display = 'none';
      canvas.innerHTML = msg.content; // scripts in the content are not run (innerHTML + CSP)
      document.body.dataset.theme = msg.theme;
    } else if (msg.type === 'error') {
      status.textContent = msg.text; status.className = 'error'; status.style.display = '';
    }
  });
  document.addEventListener('click', event => {
    const el = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (!el) return;
    const line = parseInt(el.getAttribute('data-line'), 10);
    if (!Number.isNaN(line)) vscode.postMessage({ type: 'reveal', line });
  });
</script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    this.disposables.forEach(d => d.dispose());
  }
}
