// Custom requests of the CanvasLang language server (beside standard LSP 3.17).
import { RequestType } from 'vscode-languageclient/node';

export type RenderFormat = 'html' | 'svg';
export type ExportFormat = 'svg' | 'html' | 'markdown' | 'json';
export type Theme = 'light' | 'dark';

export interface RenderParams { uri: string; format: RenderFormat; theme: Theme }
export interface ExportParams { uri: string; format: ExportFormat }
export interface FitSummaryParams { uri: string }
export interface ContentResult { content: string }
export interface FitSummaryResult { text: string }

export const RenderRequest = new RequestType<RenderParams, ContentResult, void>('canvaslang/render');
export const ExportRequest = new RequestType<ExportParams, ContentResult, void>('canvaslang/export');
export const FitSummaryRequest = new RequestType<FitSummaryParams, FitSummaryResult, void>('canvaslang/fitSummary');

export const LANGUAGE_ID = 'canvaslang';
export const RULE_DOCS_URL = 'https://github.com/canvaslang/canvaslang/blob/main/docs/rules/';

/** JSON Canvas files (another format that also uses .canvas) start with `{`. */
export function looksLikeJsonCanvas(text: string): boolean {
  return /^\s*\{/.test(text);
}
