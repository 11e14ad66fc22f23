// Snippet fixes: code actions whose edits carry tab stops and placeholders ($1, ${1:text},
// ${1|a,b|}). LSP 3.17 workspace edits take plain text only, so the client announces
// rust-analyzer's `experimental.snippetTextEdit` capability and the server then sends such edits as
// text edits with `insertTextFormat: 2` inside `documentChanges`. vscode-languageclient 9 would
// drop that field and insert the snippet syntax literally, so code actions are requested here and
// those edits become vscode.SnippetTextEdit: VS Code expands them in the active editor (first
// placeholder selected, Tab to the next), and inserts their plain text in any other file.
import * as vscode from 'vscode';
import {
  BaseLanguageClient, ClientCapabilities, CodeActionParams, CodeActionRequest, Command, FeatureState, InsertTextFormat,
  Middleware, StaticFeature, TextDocumentEdit,
} from 'vscode-languageclient/node';
import type * as lsp from 'vscode-languageclient/node';

/** Adds `experimental.snippetTextEdit: true` to the client capabilities sent in `initialize`. */
export class SnippetTextEditFeature implements StaticFeature {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    const experimental = (capabilities.experimental ?? {}) as Record<string, unknown>;
    experimental.snippetTextEdit = true;
    capabilities.experimental = experimental;
  }

  initialize(): void { /* nothing to set up: the capability is all there is */ }

  getState(): FeatureState { return { kind: 'static' }; }

  clear(): void { /* nothing to clear */ }
}

type SnippetEdit = lsp.TextEdit & { insertTextFormat?: InsertTextFormat };

function isSnippet(edit: lsp.TextEdit | lsp.AnnotatedTextEdit): boolean {
  return (edit as SnippetEdit).insertTextFormat === InsertTextFormat.Snippet;
}

/** A workspace edit with snippet text edits as VS Code's; undefined when it has none (or has file operations). */
export function asSnippetWorkspaceEdit(client: BaseLanguageClient, edit: lsp.WorkspaceEdit | undefined): vscode.WorkspaceEdit | undefined {
  const changes = edit?.documentChanges;
  if (!changes || !changes.every(c => TextDocumentEdit.is(c))) return undefined;
  const documents = changes as lsp.TextDocumentEdit[];
  if (!documents.some(d => d.edits.some(isSnippet))) return undefined;
  const byUri = new Map<string, { uri: vscode.Uri; edits: (vscode.TextEdit | vscode.SnippetTextEdit)[] }>();
  for (const document of documents) {
    const key = document.textDocument.uri;
    const entry = byUri.get(key) ?? { uri: client.protocol2CodeConverter.asUri(key), edits: [] };
    byUri.set(key, entry);
    for (const e of document.edits) {
      const range = client.protocol2CodeConverter.asRange(e.range);
      entry.edits.push(isSnippet(e) ? new vscode.SnippetTextEdit(range, new vscode.SnippetString(e.newText)) : new vscode.TextEdit(range, e.newText));
    }
  }
  const result = new vscode.WorkspaceEdit();
  for (const { uri, edits } of byUri.values()) result.set(uri, edits);
  return result;
}

/**
 * Code actions requested as the language client would, converted as it would, except that an
 * action's snippet text edits stay snippets.
 */
export function snippetCodeActions(client: () => BaseLanguageClient | undefined): Pick<Middleware, 'provideCodeActions'> {
  return {
    provideCodeActions: async (document, range, context, token, next) => {
      const c = client();
      if (!c) return next(document, range, context, token);
      const params: CodeActionParams = {
        textDocument: c.code2ProtocolConverter.asTextDocumentIdentifier(document),
        range: c.code2ProtocolConverter.asRange(range),
        context: await c.code2ProtocolConverter.asCodeActionContext(context, token),
      };
      let values: (lsp.Command | lsp.CodeAction)[] | null;
      try {
        values = await c.sendRequest(CodeActionRequest.type, params, token);
      } catch (error) {
        return c.handleFailedRequest(CodeActionRequest.type, token, error, null);
      }
      if (token.isCancellationRequested || !values) return null;
      const result: (vscode.Command | vscode.CodeAction)[] = [];
      for (const item of values) {
        if (Command.is(item)) {
          result.push(c.protocol2CodeConverter.asCommand(item));
          continue;
        }
        const action = await c.protocol2CodeConverter.asCodeAction(item, token);
        const snippet = asSnippetWorkspaceEdit(c, item.edit);
        if (snippet) action.edit = snippet;
        result.push(action);
      }
      return result;
    },
  };
}
