import { create } from 'zustand';
import {
  applyTextEdits,
  formatPolicy,
  parsePolicy,
  policyTextEdits,
  type Finding,
  type Policy,
  type Tool,
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
  /** The text as last imported or loaded, for the "Changes" diff. */
  baseline: string;
  undoStack: string[];
  redoStack: string[];
  reveal: RevealTarget | null;
  view: View;
  notice: string | null;

  setText: (text: string, origin: TextOrigin) => void;
  editPolicy: (edit: (policy: Policy) => Policy) => void;
  loadTools: (tools: Tool[], serverName: string | null) => void;
  select: (key: string | null) => void;
  undo: () => void;
  redo: () => void;
  setBaseline: (text: string) => void;
  revealPointer: (pointer: string) => void;
  revealRange: (range: NonNullable<RevealTarget['range']>) => void;
  setView: (view: View) => void;
  setNotice: (notice: string | null) => void;
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

function read(text: string, tools: readonly Tool[], previous: Policy): Parsed {
  const result = parsePolicy(text, tools.length > 0 ? { tools } : {});
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
  baseline: INITIAL_TEXT,
  undoStack: [],
  redoStack: [],
  reveal: null,
  view: 'rules',
  notice: null,

  setText: (text, origin) => {
    const s = get();
    if (text === s.text) return;
    const parsed = read(text, s.tools, s.policy);
    // Monaco keeps its own undo for typing; only replacements join the app's undo.
    if (origin === 'editor') set(parsed);
    else set({ ...parsed, undoStack: pushed(s.undoStack, s.text), redoStack: [] });
  },

  editPolicy: (edit) => {
    const s = get();
    if (!s.valid) return; // forms are read-only while the text has errors
    const next = edit(s.policy);
    if (next === s.policy) return;
    const text = applyTextEdits(s.text, policyTextEdits(s.text, next));
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
}));
