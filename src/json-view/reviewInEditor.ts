import { useEffect } from 'react';
import type { editor as MonacoEditor, IRange, languages } from 'monaco-editor/editor';
import { diffText, writeChanges, type ReviewFinding } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { fixOf } from '../state/reviewFix';
import { monaco, POLICY_MODEL_PATH } from '../ui/monacoSetup';
import { modelHolds } from './modelText';

type TextModel = MonacoEditor.ITextModel;

/** Owner of the review's markers, apart from parsePolicy's so each set is replaced on its own. */
export const REVIEW_MARKER_OWNER = 'policy-review';

const SEVERITY = {
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

function marker(f: ReviewFinding): MonacoEditor.IMarkerData {
  return {
    severity: SEVERITY[f.severity],
    message: `Review: ${f.message}`,
    source: 'review',
    code: f.code,
    startLineNumber: f.line,
    startColumn: f.column,
    endLineNumber: f.endLine,
    endColumn: f.endColumn,
  };
}

// The markers each model shows, so that a review that says the same again changes nothing:
// setting markers makes Monaco redo the decorations of a 1 MB model.
const shown = new WeakMap<TextModel, string>();

function showReview(model: TextModel): void {
  const state = usePolicyStore.getState();
  // Markers move with the text as it is edited: while a newer review is on its way (or typing
  // is not yet parsed), the ones shown stay. Text that does not parse has no review.
  if (state.valid && (state.reviewStale || !modelHolds(model, state.text))) return;
  const markers = (state.valid ? state.review : []).map(marker);
  const key = JSON.stringify(markers);
  if (shown.get(model) === key) return;
  shown.set(model, key);
  monaco.editor.setModelMarkers(model, REVIEW_MARKER_OWNER, markers);
}

function touches(f: ReviewFinding, range: IRange): boolean {
  const r = monaco.Range.lift(range);
  const place = new monaco.Range(f.line, f.column, f.endLine, f.endColumn);
  return monaco.Range.areIntersectingOrTouching(r, place);
}

/** The quick fixes at a place: one per review finding there that has a fix, as a text edit. */
function quickFixes(model: TextModel, range: IRange): languages.CodeAction[] {
  const state = usePolicyStore.getState();
  if (!state.valid || state.reviewStale || !modelHolds(model, state.text)) return [];
  const versionId = model.getVersionId();
  return state.review
    .filter((f) => f.fixTitle !== undefined && touches(f, range))
    .flatMap((f) => {
      const fix = fixOf(f);
      if (fix === undefined) return [];
      const { policy, changes } = fix.apply(state.policy);
      const change = diffText(state.text, writeChanges(state.text, changes, policy));
      // Applied by Monaco as a workspace edit, so it lands in the editor's own undo stack.
      const edits = (change ? [change] : []).map((e) => {
        const start = model.getPositionAt(e.offset);
        const end = model.getPositionAt(e.offset + e.length);
        return {
          resource: model.uri,
          versionId,
          textEdit: {
            range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
            text: e.content,
          },
        };
      });
      return {
        title: fix.title,
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [marker(f)],
        edit: { edits },
      };
    });
}

let registered = false;

function registerQuickFixes(): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCodeActionProvider('json', {
    provideCodeActions(model, range) {
      const actions = model.uri.toString() === POLICY_MODEL_PATH ? quickFixes(model, range) : [];
      return { actions, dispose() {} };
    },
  });
}

/**
 * Review findings in the editor: markers of their own, and a lightbulb at each finding that
 * applies its fix (the same fix as the Problems list's button).
 */
export function useReviewInEditor(editor: MonacoEditor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    registerQuickFixes();
    showReview(model);
    const unsubscribe = usePolicyStore.subscribe((state, previous) => {
      if (
        state.policy !== previous.policy ||
        state.tools !== previous.tools ||
        state.text !== previous.text ||
        state.valid !== previous.valid ||
        state.review !== previous.review
      ) {
        showReview(model);
      }
    });
    return () => {
      unsubscribe();
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, REVIEW_MARKER_OWNER, []);
    };
  }, [editor]);
}
