import { create } from 'zustand';
import {
  applyTextEdits,
  formatPolicy,
  parsePolicy,
  policyTextEdits,
  type Finding,
  type ParsePolicyResult,
  type Policy,
  type Tool,
} from '../core';
import {
  EMPTY_HISTORY,
  leadsBackTo,
  popStep,
  previousText,
  record,
  textsOf,
  type History,
} from './history';

/** Where a text change came from: typed in Monaco, or an import/undo/load that replaces it. */
export type TextOrigin = 'editor' | 'import';

/**
 * The document: the policy text (its one source of truth), what it reads as, the tool list it is
 * checked against, and the undo history. What the screen shows around it is in `useUiStore`.
 */
export interface PolicyState {
  /** The editor text: the document's one source of truth. */
  text: string;
  /** The last valid policy read from `text` (forms show it read-only while `text` has errors). */
  policy: Policy;
  /** True when `text` currently parses without error findings. */
  valid: boolean;
  findings: Finding[];
  tools: Tool[];
  serverName: string | null;
  /** The text as last imported or loaded, for the "Changes" diff. */
  baseline: string;
  /** Steps back to earlier texts (newest last), bounded by memory (see history.ts). */
  undoStack: History;
  redoStack: History;

  /**
   * `parsed`, when given, is `parsePolicy(text, {tools})` computed elsewhere (an import parsed in
   * a worker), so a large text is not parsed twice on the main thread.
   */
  setText: (text: string, origin: TextOrigin, parsed?: ParsePolicyResult) => void;
  editPolicy: (edit: (policy: Policy) => Policy) => void;
  loadTools: (tools: Tool[], serverName: string | null) => void;
  /** Puts back a saved draft (after a reload), without undo history. */
  restoreDraft: (draft: Draft) => void;
  undo: () => void;
  redo: () => void;
  setBaseline: (text: string) => void;
}

/** What survives a reload: the text, the tool list, the server's name and the baseline (never credentials). */
export interface Draft {
  text: string;
  tools: Tool[];
  serverName: string | null;
  /** The text as last imported or loaded; the text itself when there is none. */
  baseline: string;
}

export const EMPTY_POLICY: Policy = { version: '1', default: 'deny', tools: {} };
export const INITIAL_TEXT = formatPolicy(EMPTY_POLICY);

interface Parsed {
  text: string;
  policy: Policy;
  valid: boolean;
  findings: Finding[];
}

function read(
  text: string,
  tools: readonly Tool[],
  previous: Policy,
  result: ParsePolicyResult = parsePolicy(text, tools.length > 0 ? { tools } : {}),
): Parsed {
  return result.ok
    ? { text, policy: result.policy, valid: true, findings: result.findings }
    : { text, policy: previous, valid: false, findings: result.findings };
}

/** The texts undo would bring back, oldest first (for tests and diagnostics). */
export function undoTexts(state: Pick<PolicyState, 'undoStack'>): string[] {
  return textsOf(state.undoStack);
}

/** The texts redo would bring back, oldest first. */
export function redoTexts(state: Pick<PolicyState, 'redoStack'>): string[] {
  return textsOf(state.redoStack);
}

export const usePolicyStore = create<PolicyState>()((set, get) => ({
  text: INITIAL_TEXT,
  policy: EMPTY_POLICY,
  valid: true,
  findings: [],
  tools: [],
  serverName: null,
  baseline: INITIAL_TEXT,
  undoStack: EMPTY_HISTORY,
  redoStack: EMPTY_HISTORY,

  setText: (text, origin, given) => {
    const s = get();
    if (text === s.text) return;
    const parsed = read(text, s.tools, s.policy, given);
    if (origin !== 'editor') {
      set({ ...parsed, undoStack: record(s.undoStack, s.text, text), redoStack: EMPTY_HISTORY });
      return;
    }
    // Monaco keeps its own undo for typing; only replacements join the app's undo. When Ctrl+Z
    // in the editor steps back over a form edit, the app's history steps with it, so the
    // header's Undo never becomes a silent no-op.
    if (leadsBackTo(s.undoStack, text)) {
      set({
        ...parsed,
        undoStack: popStep(s.undoStack, text),
        redoStack: record(s.redoStack, s.text, text),
      });
    } else if (leadsBackTo(s.redoStack, text)) {
      set({
        ...parsed,
        redoStack: popStep(s.redoStack, text),
        undoStack: record(s.undoStack, s.text, text),
      });
    } else {
      set(parsed);
    }
  },

  editPolicy: (edit) => {
    const s = get();
    if (!s.valid) return; // forms are read-only while the text has errors
    const next = edit(s.policy);
    if (next === s.policy) return;
    const text = applyTextEdits(s.text, policyTextEdits(s.text, next, s.policy));
    if (text === s.text) return;
    set({
      ...read(text, s.tools, s.policy),
      undoStack: record(s.undoStack, s.text, text),
      redoStack: EMPTY_HISTORY,
    });
  },

  loadTools: (tools, serverName) => {
    const s = get();
    set({ tools, serverName, ...read(s.text, tools, s.policy) });
  },

  restoreDraft: ({ text, tools, serverName, baseline }) =>
    set({
      ...read(text, tools, EMPTY_POLICY),
      tools,
      serverName,
      baseline,
      undoStack: EMPTY_HISTORY,
      redoStack: EMPTY_HISTORY,
    }),

  undo: () => {
    const s = get();
    const previous = previousText(s.undoStack);
    if (previous === undefined) return;
    set({
      ...read(previous, s.tools, s.policy),
      undoStack: popStep(s.undoStack, previous),
      redoStack: record(s.redoStack, s.text, previous),
    });
  },

  redo: () => {
    const s = get();
    const next = previousText(s.redoStack);
    if (next === undefined) return;
    set({
      ...read(next, s.tools, s.policy),
      redoStack: popStep(s.redoStack, next),
      undoStack: record(s.undoStack, s.text, next),
    });
  },

  setBaseline: (baseline) => set({ baseline }),
}));
