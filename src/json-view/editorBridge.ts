import type { editor as MonacoEditor, IRange } from 'monaco-editor/editor';
import type { Finding } from '../core';
import { diffText, type TextEdit } from '../core';
import type { RevealTarget } from '../state/uiStore';
import { monaco, POLICY_MARKER_OWNER } from '../ui/monacoSetup';
import { modelText, noteModelText } from './modelText';
import { pointerSpan } from './pointerSpan';

type CodeEditor = MonacoEditor.IStandaloneCodeEditor;
type TextModel = MonacoEditor.ITextModel;

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

/** Shows findings as the model's markers (squiggles, hover messages). */
export function showFindings(model: TextModel, findings: readonly Finding[]): void {
  monaco.editor.setModelMarkers(
    model,
    POLICY_MARKER_OWNER,
    findings.map((f) => ({
      severity: SEVERITY[f.severity],
      message: f.message,
      startLineNumber: f.line,
      startColumn: f.column,
      endLineNumber: f.endLine,
      endColumn: f.endColumn,
    })),
  );
}

function lineEnding(text: string): MonacoEditor.EndOfLineSequence | null {
  const crlf = text.indexOf('\r\n');
  if (crlf === -1) return text.includes('\n') ? monaco.editor.EndOfLineSequence.LF : null;
  return monaco.editor.EndOfLineSequence.CRLF;
}

/**
 * Makes the model say `text` with the smallest edit (a common prefix/suffix diff), as one undo
 * step of its own: the cursor stays where it was, and Ctrl+Z undoes exactly this change.
 */
export function applyText(editor: CodeEditor, model: TextModel, text: string): void {
  const eol = lineEnding(text);
  editor.pushUndoStop();
  if (eol !== null && eol !== lineEnding(model.getEOL())) model.pushEOL(eol);
  const edit = diffText(modelText(model), text);
  if (edit !== null) execute(editor, model, edit);
  editor.pushUndoStop();
  if (model.getValueLength() === text.length) noteModelText(model, text);
}

/**
 * Applies `edit`, made on the text the model holds, as one undo step of its own (as
 * `applyText`, without comparing texts). False when the model then does not hold `after`
 * (its line ends differ): the caller compares.
 */
export function applyEdit(
  editor: CodeEditor,
  model: TextModel,
  edit: TextEdit,
  after: string,
): boolean {
  editor.pushUndoStop();
  execute(editor, model, edit);
  editor.pushUndoStop();
  if (model.getValueLength() !== after.length) return false;
  noteModelText(model, after);
  return true;
}

function execute(editor: CodeEditor, model: TextModel, edit: TextEdit): void {
  const start = model.getPositionAt(edit.offset);
  const end = model.getPositionAt(edit.offset + edit.length);
  editor.executeEdits('policy-store', [
    {
      range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
      text: edit.content,
    },
  ]);
}

function targetRange(model: TextModel, target: RevealTarget): IRange | null {
  if (target.range) {
    const r = target.range;
    return model.validateRange({
      startLineNumber: r.line,
      startColumn: r.column,
      endLineNumber: r.endLine,
      endColumn: r.endColumn,
    });
  }
  if (target.pointer === undefined) return null;
  const span = pointerSpan(modelText(model), target.pointer);
  if (span === undefined) return null;
  const start = model.getPositionAt(span.offset);
  const end = model.getPositionAt(span.offset + span.length);
  return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
}

/** Scrolls a reveal request's place to the middle, selects it and focuses the editor. */
export function revealTarget(editor: CodeEditor, model: TextModel, target: RevealTarget): void {
  const range = targetRange(model, target);
  if (range === null) return;
  editor.setSelection(range);
  editor.revealRangeInCenter(range);
  editor.focus();
}
