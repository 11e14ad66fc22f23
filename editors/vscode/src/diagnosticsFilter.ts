// Client-side shaping of pushed diagnostics:
//  - canvaslang.lint.focusMode: hide diagnostics on the line(s) being edited (like markdownlint's
//    focusMode), so a half-written entry is not flagged; they come back when the cursor leaves;
//  - canvaslang.lint.run = onSave: while a document has unsaved changes, keep showing the
//    diagnostics of its last saved (or opened) state; show the fresh ones on save.
// The settings are also sent to the server (initializationOptions / workspace/configuration), which
// may skip work it knows will be hidden.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './protocol';

type Publish = (uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void;

export class DiagnosticsFilter implements vscode.Disposable {
  /** latest diagnostics from the server, per document */
  private readonly latest = new Map<string, vscode.Diagnostic[]>();
  /** diagnostics shown for documents in onSave mode while they are dirty */
  private readonly frozen = new Map<string, vscode.Diagnostic[]>();
  /** what the Problems panel currently shows, per document (before focus-mode hiding) */
  private readonly displayed = new Map<string, vscode.Diagnostic[]>();
  private publish: Publish | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      vscode.window.onDidChangeTextEditorSelection(e => {
        if (e.textEditor.document.languageId === LANGUAGE_ID && this.focusLines(e.textEditor.document.uri) !== undefined) {
          this.refresh(e.textEditor.document.uri);
        }
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshAll()),
      vscode.workspace.onDidSaveTextDocument(doc => {
        if (doc.languageId !== LANGUAGE_ID) return;
        this.frozen.delete(doc.uri.toString());
        this.refresh(doc.uri);
      }),
      vscode.workspace.onDidCloseTextDocument(doc => {
        this.latest.delete(doc.uri.toString());
        this.displayed.delete(doc.uri.toString());
        this.frozen.delete(doc.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('canvaslang.lint')) { this.frozen.clear(); this.refreshAll(); }
      }),
    );
  }

  /** languageclient middleware: `handleDiagnostics` */
  readonly handleDiagnostics = (uri: vscode.Uri, diagnostics: vscode.Diagnostic[], next: Publish): void => {
    this.publish = next;
    const key = uri.toString();
    this.latest.set(key, diagnostics);
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
    if (doc && doc.isDirty && this.runMode(uri) === 'onSave') {
      if (!this.frozen.has(key)) this.frozen.set(key, this.displayed.get(key) ?? []);
    } else {
      this.frozen.delete(key);
    }
    next(uri, this.visible(uri));
  };

  private runMode(uri: vscode.Uri): 'onType' | 'onSave' {
    return vscode.workspace.getConfiguration('canvaslang.lint', uri).get<'onType' | 'onSave'>('run', 'onType');
  }

  /** undefined when focus mode is off, else how many lines around the cursor are hidden */
  private focusLines(uri: vscode.Uri): number | undefined {
    const v = vscode.workspace.getConfiguration('canvaslang.lint', uri).get<boolean | number>('focusMode', false);
    if (v === true) return 0;
    if (typeof v === 'number' && v >= 0) return Math.floor(v);
    return undefined;
  }

  private visible(uri: vscode.Uri): vscode.Diagnostic[] {
    const key = uri.toString();
    let list = this.frozen.get(key) ?? this.latest.get(key) ?? [];
    this.displayed.set(key, list);
    const around = this.focusLines(uri);
    const editor = vscode.window.activeTextEditor;
    if (around !== undefined && editor && editor.document.uri.toString() === key) {
      const lines = editor.selections.map(s => s.active.line);
      list = list.filter(d => !lines.some(l => d.range.start.line - around <= l && l <= d.range.end.line + around));
    }
    return list;
  }

  refresh(uri: vscode.Uri): void {
    if (this.publish && this.latest.has(uri.toString())) this.publish(uri, this.visible(uri));
  }

  refreshAll(): void {
    for (const key of this.latest.keys()) this.refresh(vscode.Uri.parse(key));
  }

  /** all diagnostics the server sent, focus mode or not (used by the e2e tests) */
  unfiltered(uri: vscode.Uri): vscode.Diagnostic[] {
    return this.latest.get(uri.toString()) ?? [];
  }

  dispose(): void {
    this.disposables.forEach(d => d.dispose());
  }
}
