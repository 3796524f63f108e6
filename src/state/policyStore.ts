import { create } from 'zustand';
import {
  applyTextEdits,
  formatPolicy,
  parsePolicy,
  policyTextEdits,
  type Finding,
  type ParsePolicyResult,
  type Policy,
  type Risk,
  type Tool,
  type Treatment,
} from '../core';

/** Where a text change came from: typed in Monaco, or an import/undo/load that replaces it. */
export type TextOrigin = 'editor' | 'import';

/** Something the JSON view should scroll to and select: a JSON Pointer or a text range. */
export interface RevealTarget {
  seq: number;
  pointer?: string;
  range?: { line: number; column: number; endLine: number; endColumn: number };
}

export type View = 'rules' | 'simulate';

/** A cell of the review's risk × decision matrix; the tool list shows only its tools when set. */
export interface MatrixCell {
  risk: Risk;
  treatment: Treatment;
}

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
  /** The selected tool name or rule key (the rule form shows it). */
  selected: string | null;
  /** Rows picked in the tool list (ctrl/shift-click, "select all shown") for one bulk decision. */
  rowSelection: string[];
  /** The text as last imported or loaded, for the "Changes" diff. */
  baseline: string;
  undoStack: string[];
  redoStack: string[];
  reveal: RevealTarget | null;
  view: View;
  notice: string | null;
  /** The tool list's matrix-cell filter (set by a click in the review's matrix). */
  matrixCell: MatrixCell | null;

  /**
   * `parsed`, when given, is `parsePolicy(text, {tools})` computed elsewhere (an import parsed in
   * a worker), so a large text is not parsed twice on the main thread.
   */
  setText: (text: string, origin: TextOrigin, parsed?: ParsePolicyResult) => void;
  editPolicy: (edit: (policy: Policy) => Policy) => void;
  loadTools: (tools: Tool[], serverName: string | null) => void;
  select: (key: string | null) => void;
  setRowSelection: (names: string[]) => void;
  /** Puts back a saved draft (after a reload), without undo history. */
  restoreDraft: (draft: Draft) => void;
  undo: () => void;
  redo: () => void;
  setBaseline: (text: string) => void;
  revealPointer: (pointer: string) => void;
  revealRange: (range: NonNullable<RevealTarget['range']>) => void;
  setView: (view: View) => void;
  setNotice: (notice: string | null) => void;
  setMatrixCell: (cell: MatrixCell | null) => void;
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
const UNDO_LIMIT = 200;

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

function pushed(stack: readonly string[], text: string): string[] {
  const next = [...stack, text];
  return next.length > UNDO_LIMIT ? next.slice(next.length - UNDO_LIMIT) : next;
}

let revealSeq = 0;

export const usePolicyStore = create<PolicyState>()((set, get) => ({
  text: INITIAL_TEXT,
  policy: EMPTY_POLICY,
  valid: true,
  findings: [],
  tools: [],
  serverName: null,
  selected: null,
  rowSelection: [],
  baseline: INITIAL_TEXT,
  undoStack: [],
  redoStack: [],
  reveal: null,
  view: 'rules',
  notice: null,
  matrixCell: null,

  setText: (text, origin, given) => {
    const s = get();
    if (text === s.text) return;
    const parsed = read(text, s.tools, s.policy, given);
    if (origin !== 'editor') {
      set({ ...parsed, undoStack: pushed(s.undoStack, s.text), redoStack: [] });
      return;
    }
    // Monaco keeps its own undo for typing; only replacements join the app's undo. When Ctrl+Z
    // in the editor steps back over a form edit, the app's history steps with it, so the
    // header's Undo never becomes a silent no-op.
    if (text === s.undoStack.at(-1)) {
      set({
        ...parsed,
        undoStack: s.undoStack.slice(0, -1),
        redoStack: pushed(s.redoStack, s.text),
      });
    } else if (text === s.redoStack.at(-1)) {
      set({
        ...parsed,
        redoStack: s.redoStack.slice(0, -1),
        undoStack: pushed(s.undoStack, s.text),
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
      undoStack: pushed(s.undoStack, s.text),
      redoStack: [],
    });
  },

  loadTools: (tools, serverName) => {
    const s = get();
    set({ tools, serverName, ...read(s.text, tools, s.policy) });
  },

  select: (key) => set({ selected: key }),
  setRowSelection: (names) => set({ rowSelection: names }),

  restoreDraft: ({ text, tools, serverName, baseline }) =>
    set({
      ...read(text, tools, EMPTY_POLICY),
      tools,
      serverName,
      baseline,
      undoStack: [],
      redoStack: [],
    }),

  undo: () => {
    const s = get();
    const previous = s.undoStack.at(-1);
    if (previous === undefined) return;
    set({
      ...read(previous, s.tools, s.policy),
      undoStack: s.undoStack.slice(0, -1),
      redoStack: pushed(s.redoStack, s.text),
    });
  },

  redo: () => {
    const s = get();
    const next = s.redoStack.at(-1);
    if (next === undefined) return;
    set({
      ...read(next, s.tools, s.policy),
      redoStack: s.redoStack.slice(0, -1),
      undoStack: pushed(s.undoStack, s.text),
    });
  },

  setBaseline: (baseline) => set({ baseline }),
  revealPointer: (pointer) => set({ reveal: { seq: ++revealSeq, pointer } }),
  revealRange: (range) => set({ reveal: { seq: ++revealSeq, range } }),
  setView: (view) => set({ view }),
  setNotice: (notice) => set({ notice }),
  setMatrixCell: (matrixCell) => set({ matrixCell }),
}));
