import { create } from 'zustand';
import type { Risk, Treatment } from '../core';

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

export type NoticeTone = 'info' | 'warning' | 'error';

/** A button on a notice (e.g. "Download the unreadable draft"). */
export interface NoticeAction {
  label: string;
  run: () => void;
}

/** One message to the person; notices queue up so none hides another. */
export interface Notice {
  id: number;
  tone: NoticeTone;
  text: string;
  action?: NoticeAction;
}

export type NewNotice = Omit<Notice, 'id'>;

/** What the screen shows around the document: selection, view, scroll targets and notices. */
export interface UiState {
  /** The selected tool name or rule key (the rule form shows it). */
  selected: string | null;
  /** Rows picked in the tool list (ctrl/shift-click, "select all shown") for one bulk decision. */
  rowSelection: string[];
  reveal: RevealTarget | null;
  view: View;
  /** Every notice not yet dismissed, oldest first. */
  notices: Notice[];
  /** The last id given to a notice (ids are never reused, so a toast keeps its key). */
  lastNoticeId: number;
  /** The tool list's matrix-cell filter (set by a click in the review's matrix). */
  matrixCell: MatrixCell | null;
  /** The person's "Group by prefix" choice; null until they make one (then it follows the size). */
  groupByPrefix: boolean | null;
  /** Prefix groups the person folded (by group key). */
  collapsedGroups: string[];
  /**
   * Forms holding a change they cannot write yet (a field incomplete or invalid): form id →
   * what is wrong, one message each. Problems lists them and exports are refused meanwhile.
   */
  unwrittenForms: Record<string, string[]>;

  select: (key: string | null) => void;
  setRowSelection: (names: string[]) => void;
  revealPointer: (pointer: string) => void;
  revealRange: (range: NonNullable<RevealTarget['range']>) => void;
  setView: (view: View) => void;
  /** Adds a notice (one with the same tone and text as a shown one is not repeated); its id. */
  pushNotice: (notice: NewNotice) => number;
  dismissNotice: (id: number) => void;
  setMatrixCell: (cell: MatrixCell | null) => void;
  setGroupByPrefix: (on: boolean) => void;
  toggleGroup: (key: string) => void;
  /** Sets what a form could not write; no messages clears it. */
  setUnwrittenForm: (id: string, messages: string[]) => void;
}

export const useUiStore = create<UiState>()((set, get) => ({
  selected: null,
  rowSelection: [],
  reveal: null,
  view: 'rules',
  notices: [],
  lastNoticeId: 0,
  matrixCell: null,
  groupByPrefix: null,
  collapsedGroups: [],
  unwrittenForms: {},

  select: (key) => set({ selected: key }),
  setRowSelection: (names) => set({ rowSelection: names }),
  revealPointer: (pointer) => set({ reveal: { seq: (get().reveal?.seq ?? 0) + 1, pointer } }),
  revealRange: (range) => set({ reveal: { seq: (get().reveal?.seq ?? 0) + 1, range } }),
  setView: (view) => set({ view }),
  pushNotice: (notice) => {
    const { notices } = get();
    const same = notices.find((n) => n.tone === notice.tone && n.text === notice.text);
    if (same && !notice.action) return same.id;
    const id = get().lastNoticeId + 1;
    set({ notices: [...notices, { ...notice, id }], lastNoticeId: id });
    return id;
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  setMatrixCell: (matrixCell) => set({ matrixCell }),
  setGroupByPrefix: (groupByPrefix) => set({ groupByPrefix }),
  toggleGroup: (key) => {
    const folded = get().collapsedGroups;
    set({
      collapsedGroups: folded.includes(key) ? folded.filter((k) => k !== key) : [...folded, key],
    });
  },
  setUnwrittenForm: (id, messages) => {
    const current = get().unwrittenForms;
    const had = Object.hasOwn(current, id);
    if (messages.length === 0 && !had) return;
    if (had && messages.join('\n') === current[id]?.join('\n')) return;
    // Ids are prefixed ("rule:…"), so no id is "__proto__".
    const next = Object.fromEntries(Object.entries(current).filter(([key]) => key !== id));
    if (messages.length > 0) next[id] = messages;
    set({ unwrittenForms: next });
  },
}));

/** Every message of every form that holds an unwritten change, in form order. */
export function unwrittenMessages(forms: Record<string, string[]>): string[] {
  return Object.values(forms).flat();
}

/** Adds a notice from outside React (stores, startup code). */
export function notify(text: string, tone: NoticeTone = 'info', action?: NoticeAction): number {
  return useUiStore.getState().pushNotice(action ? { tone, text, action } : { tone, text });
}
