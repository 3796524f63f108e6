import { useEffect } from 'react';
import type { editor as MonacoEditor } from 'monaco-editor/editor';
import { usePolicyStore } from '../state/policyStore';
import { useUiStore } from '../state/uiStore';
import { monaco } from '../ui/monacoSetup';
import { modelHolds, modelText } from './modelText';
import { ruleSpan } from './pointerSpan';

/** The class of the selected rule's lines (JsonPane.css; browser tests look for it). */
export const SELECTED_RULE_CLASS = 'selected-rule-line';

const DECORATION: MonacoEditor.IModelDecorationOptions = {
  isWholeLine: true,
  className: SELECTED_RULE_CLASS,
  linesDecorationsClassName: 'selected-rule-gutter',
  overviewRuler: {
    color: 'rgba(79, 70, 229, 0.7)',
    position: monaco.editor.OverviewRulerLane.Left,
  },
};

/**
 * Marks the selected tool's rule in the editor: its lines highlighted and scrolled into view
 * when the selection changes (without taking the focus or the cursor from where the person is).
 * A tool without a rule of its own highlights nothing; the rule pane says what applies.
 */
export function useSelectedRuleHighlight(editor: MonacoEditor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const decorations = editor.createDecorationsCollection();

    // Spans come from the model's own text: the store's may be a keystroke behind.
    const mark = (scroll: boolean) => {
      const selected = useUiStore.getState().selected;
      const span = selected === null ? undefined : ruleSpan(modelText(model), selected);
      if (span === undefined) {
        decorations.clear();
        return;
      }
      const start = model.getPositionAt(span.offset);
      const end = model.getPositionAt(span.offset + span.length);
      const range = new monaco.Range(start.lineNumber, 1, end.lineNumber, 1);
      decorations.set([{ range, options: DECORATION }]);
      if (scroll) {
        editor.revealLinesInCenterIfOutsideViewport(
          start.lineNumber,
          end.lineNumber,
          monaco.editor.ScrollType.Immediate,
        );
      }
    };

    mark(true);
    const unsubscribeUi = useUiStore.subscribe((state, previous) => {
      if (state.selected !== previous.selected) mark(true);
    });
    // A rule added or removed (or the text fixed) moves the highlight; broken text keeps it.
    const unsubscribePolicy = usePolicyStore.subscribe((state, previous) => {
      if (state.text !== previous.text && state.valid && modelHolds(model, state.text)) {
        mark(false);
      }
    });
    return () => {
      unsubscribeUi();
      unsubscribePolicy();
      decorations.clear();
    };
  }, [editor]);
}
