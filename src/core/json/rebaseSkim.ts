import type { TextEdit } from '../edits/textEdit';
import { Skimmer, type SkimCache, type SkimRead } from './skim';
import type { JsonNode, JsonProperty } from './types';

interface Span {
  offset: number;
  length: number;
}

interface Edit {
  /** Start and end of the replaced text in the old text. */
  start: number;
  end: number;
  /** How much longer the new text is. */
  delta: number;
  content: string;
}

type Entry = JsonProperty | JsonNode;
type EntryRead = SkimRead<Entry>;

/** One object or array that was read, with where it sits. */
interface Container {
  offset: number;
  read: EntryRead;
  kind: 'object' | 'array';
}

const endOf = (span: Span) => span.offset + span.length;

function shiftNode(node: JsonNode, delta: number): JsonNode {
  return { type: node.type, offset: node.offset + delta, length: node.length };
}

function shiftMember(m: JsonProperty, delta: number): JsonProperty {
  return {
    key: m.key,
    keyOffset: m.keyOffset + delta,
    keyLength: m.keyLength,
    value: shiftNode(m.value, delta),
  };
}

/** Where an entry of a read starts (its key for a member) and where it ends. */
function entryStart(entry: Entry): number {
  return 'keyOffset' in entry ? entry.keyOffset : entry.offset;
}

function entryEnd(entry: Entry): number {
  return 'keyOffset' in entry ? endOf(entry.value) : endOf(entry);
}

/**
 * The read of the innermost container holding the edit, in the new text: the entries before
 * the edit kept, those after it moved, and those it touched read again (a window, not the
 * whole container). The window is put together from the old text and the edit's content, so
 * the new text itself is not read: a large text made by concatenation stays in pieces until
 * something reads it through. Undefined when the window does not read back into the same
 * container (the edit reached past it), so nothing of it or around it can be trusted.
 */
function rereadWindow(old: string, container: Container, edit: Edit): EntryRead | undefined {
  const list = container.read.list;
  // Entries that end before the edit begins are untouched, as are those that begin after it
  // ends (strictly: text written right next to a number would run into it).
  let before = -1;
  while (before + 1 < list.length && entryEnd(list[before + 1]!) < edit.start) before++;
  let after = before + 1;
  while (after < list.length && entryStart(list[after]!) <= edit.end) after++;
  const closing = container.offset + container.read.length - 1 + edit.delta;
  const stopAt = after < list.length ? entryStart(list[after]!) + edit.delta : -1;
  const target = stopAt === -1 ? closing : stopAt;

  // The new text from the end of the last untouched entry (or the opening bracket) through
  // the next untouched entry's first character (or the closing bracket).
  const from = before === -1 ? container.offset + 1 : entryEnd(list[before]!);
  const window = new Skimmer(
    old.slice(from, edit.start) + edit.content + old.slice(edit.end, target + 1 - edit.delta),
  );
  let i = window.skipSpace(0);
  if (before !== -1) {
    if (window.text.charCodeAt(i) === 0x2c) i = window.skipSpace(i + 1);
    else if (i !== closing - from) return undefined;
  }
  const fresh: Entry[] = [];
  const stop = stopAt === -1 ? -1 : stopAt - from;
  const reached =
    container.kind === 'object'
      ? window.readMembers(i, fresh as JsonProperty[], stop)
      : window.readItems(i, fresh as JsonNode[], stop);
  if (reached !== target - from) return undefined;
  const moved = (entries: readonly Entry[], delta: number) =>
    entries.map((entry) =>
      'keyOffset' in entry ? shiftMember(entry, delta) : shiftNode(entry, delta),
    );
  return {
    length: container.read.length + edit.delta,
    list: [
      ...list.slice(0, before + 1),
      ...moved(fresh, from),
      ...moved(list.slice(after), edit.delta),
    ],
  };
}

/** An outer container's read with the entry holding `inner` grown by the edit. */
function grow(container: Container, inner: Span, edit: Edit): EntryRead | undefined {
  const list = container.read.list;
  const out: Entry[] = [];
  let grown = false;
  for (const entry of list) {
    const node = 'keyOffset' in entry ? entry.value : entry;
    if (endOf(node) <= edit.start) out.push(entry);
    else if (entryStart(entry) >= edit.end)
      out.push(
        'keyOffset' in entry ? shiftMember(entry, edit.delta) : shiftNode(entry, edit.delta),
      );
    else if (node.offset <= inner.offset && endOf(inner) <= endOf(node)) {
      const value = { type: node.type, offset: node.offset, length: node.length + edit.delta };
      out.push('keyOffset' in entry ? { ...entry, value } : value);
      grown = true;
    } else return undefined;
  }
  if (!grown) return undefined;
  return {
    length: container.read.length + edit.delta,
    list: out,
  };
}

function sameKeys(a: readonly JsonProperty[], b: readonly JsonProperty[]): boolean {
  return a.length === b.length && a.every((m, i) => m.key === b[i]?.key);
}

/**
 * A Skimmer for `text`, which is `skim.text` with `edit` applied, keeping what `skim` read
 * wherever the edit leaves it true: objects and arrays before the edit as they were, those
 * after it moved by the change in length, and the innermost one holding the edit read again
 * only where the edit touched it (one rule, for a decision on a 5,000-rule policy). Both
 * texts must be well-formed JSON; should the new text not read back into the same structure
 * around the edit, what surrounds the edit is read afresh when asked for.
 */
export function rebaseSkimmer(skim: Skimmer, text: string, edit: TextEdit): Skimmer {
  const change: Edit = {
    start: edit.offset,
    end: edit.offset + edit.length,
    delta: edit.content.length - edit.length,
    content: edit.content,
  };
  const old = skim.cache;
  const cache: SkimCache = {
    objects: new Map(),
    arrays: new Map(),
    keyIndex: new Map(),
    lookups: new Map(),
  };
  const next = new Skimmer(text, skim.lenient, cache);
  const holding: Container[] = [];
  const moveTo = (from: number, to: number) => {
    const index = old.keyIndex.get(from);
    if (index !== undefined) cache.keyIndex.set(to, index);
    const count = old.lookups.get(from);
    if (count !== undefined) cache.lookups.set(to, count);
  };
  // A container's entries are all members or all items, as `kind` says.
  const place = (container: Container, read: EntryRead, offset: number) => {
    if (container.kind === 'object') cache.objects.set(offset, read as SkimRead<JsonProperty>);
    else cache.arrays.set(offset, read as SkimRead<JsonNode>);
  };

  const all: Container[] = [
    ...[...old.objects].map(([offset, read]): Container => ({ offset, read, kind: 'object' })),
    ...[...old.arrays].map(([offset, read]): Container => ({ offset, read, kind: 'array' })),
  ];
  for (const container of all) {
    const { offset, read } = container;
    const end = offset + read.length;
    if (end <= change.start) {
      place(container, read, offset);
      moveTo(offset, offset);
    } else if (offset >= change.end) {
      const moved = read.list.map((entry) =>
        'keyOffset' in entry ? shiftMember(entry, change.delta) : shiftNode(entry, change.delta),
      );
      place(container, { length: read.length, list: moved }, offset + change.delta);
      moveTo(offset, offset + change.delta);
    } else if (offset < change.start && change.end < end) {
      holding.push(container);
    }
    // Anything else overlaps the edit: it is read again when asked for.
  }

  // Innermost first: its window is read again, and each container around it grows with it.
  holding.sort((a, b) => b.offset - a.offset);
  const [inner, ...outer] = holding;
  if (inner === undefined) return next;
  const read = rereadWindow(skim.text, inner, change);
  if (read === undefined) return next;
  place(inner, read, inner.offset);
  const count = old.lookups.get(inner.offset);
  if (count !== undefined) cache.lookups.set(inner.offset, count);
  const index = old.keyIndex.get(inner.offset);
  if (index !== undefined && inner.kind === 'object') {
    if (sameKeys(inner.read.list as JsonProperty[], read.list as JsonProperty[]))
      cache.keyIndex.set(inner.offset, index);
  }
  let within: Span = { offset: inner.offset, length: inner.read.length };
  for (const container of outer) {
    const grown = grow(container, within, change);
    if (grown === undefined) return next;
    place(container, grown, container.offset);
    moveTo(container.offset, container.offset);
    within = { offset: container.offset, length: container.read.length };
  }
  // Everything around the edit reads as before, so the document's value only grew.
  const root = old.root;
  if (root !== undefined && root.offset <= within.offset && endOf(within) <= endOf(root)) {
    cache.root = { type: root.type, offset: root.offset, length: root.length + change.delta };
  }
  return next;
}
