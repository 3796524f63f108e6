import { useEffect } from 'react';
import type { editor as MonacoEditor } from 'monaco-editor/editor';
import { usePolicyStore } from '../state/policyStore';
import { applyEdit, applyText, revealTarget, showFindings } from './editorBridge';
import { modelHolds, modelText, noteModelText } from './modelText';
import { useUiStore } from '../state/uiStore';

/** Typing settles for this long before the store parses the text. */
export const PARSE_DELAY_MS = 150;

/** What browser tests read from the editor. */
export interface PolicyEditorHook {
  /** Monaco's model version: changes with every edit, read without copying the text. */
  getVersionId(): number;
  getValue(): string;
  getSelection(): {
    startLineNumber: number;
    startColumn: number;
    endLineNumber: number;
    endColumn: number;
  } | null;
  /** The line ranges scrolled into view, as [first, last]. */
  visibleLines(): [number, number][];
  /** The line ranges of decorations with this class, as [first, last]. */
  decoratedLines(className: string): [number, number][];
}

declare global {
  interface Window {
    __policyEditor?: PolicyEditorHook;
  }
}

// Reveal requests already acted on, across remounts: a request made before the editor loaded
// is shown once it mounts, an old one never again.
let revealedSeq = 0;

/**
 * Keeps the editor and the store in step. Typing reaches the store after a short pause; a store
 * change (form edit, undo, import) reaches the editor as a minimal edit of its own. The editor
 * never gets back its own text (echo guard), and markers show the store's findings.
 */
export function usePolicyEditorSync(editor: MonacoEditor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    let applying = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const cancelParse = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
    const parseNow = () => {
      cancelParse();
      if (!model.isDisposed()) usePolicyStore.getState().setText(modelText(model), 'editor');
    };

    const start = usePolicyStore.getState();
    if (!modelHolds(model, start.text)) model.setValue(start.text);
    noteModelText(model, start.text);
    showFindings(model, start.findings);
    const startReveal = useUiStore.getState().reveal;
    if (startReveal && startReveal.seq > revealedSeq) {
      revealedSeq = startReveal.seq;
      revealTarget(editor, model, startReveal);
    }

    const typing = editor.onDidChangeModelContent(() => {
      if (applying) return;
      cancelParse();
      timer = setTimeout(parseNow, PARSE_DELAY_MS);
    });

    const unsubscribe = usePolicyStore.subscribe((state, previous) => {
      const made = state.lastEdit;
      // A form edit made on the text the editor shows goes in as it was made.
      const direct =
        made !== null &&
        made !== previous.lastEdit &&
        made.after === state.text &&
        made.before === previous.text &&
        modelHolds(model, previous.text);
      if (state.text !== previous.text && (direct || !modelHolds(model, state.text))) {
        // The store wins over typing not yet parsed: its change was made from its own text.
        cancelParse();
        applying = true;
        let done = false;
        try {
          done = direct && applyEdit(editor, model, made.edit, state.text);
          if (!done) applyText(editor, model, state.text);
        } finally {
          applying = false;
        }
        // Monaco cannot hold mixed line ends: let the store take the text the editor shows.
        if (!done && !modelHolds(model, state.text)) timer = setTimeout(parseNow, PARSE_DELAY_MS);
      }
      if (state.findings !== previous.findings && modelHolds(model, state.text)) {
        showFindings(model, state.findings);
      }
    });
    const unsubscribeReveal = useUiStore.subscribe((state, previous) => {
      if (state.reveal !== previous.reveal && state.reveal && state.reveal.seq > revealedSeq) {
        revealedSeq = state.reveal.seq;
        if (timer !== undefined) parseNow();
        revealTarget(editor, model, state.reveal);
      }
    });

    window.__policyEditor = {
      getValue: () => model.getValue(),
      getVersionId: () => model.getVersionId(),
      getSelection: () => {
        const s = editor.getSelection();
        return s
          ? {
              startLineNumber: s.startLineNumber,
              startColumn: s.startColumn,
              endLineNumber: s.endLineNumber,
              endColumn: s.endColumn,
            }
          : null;
      },
      visibleLines: () =>
        editor.getVisibleRanges().map((r) => [r.startLineNumber, r.endLineNumber]),
      decoratedLines: (className) =>
        model
          .getAllDecorations()
          .filter((d) => d.options.className === className)
          .map((d) => [d.range.startLineNumber, d.range.endLineNumber]),
    };

    return () => {
      if (timer !== undefined) parseNow();
      unsubscribe();
      unsubscribeReveal();
      typing.dispose();
      delete window.__policyEditor;
    };
  }, [editor]);
}
