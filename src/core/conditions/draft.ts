import type { Condition } from '../schema';
import type { ArgumentType, ArgumentTypes } from './argumentType';
import { startsWithRegex, startsWithText } from './startsWith';
import {
  conditionWord,
  isListWord,
  isPresenceWord,
  WORD_OPERATORS,
  type ConditionWord,
} from './words';

/**
 * How a condition's value is typed: `text` (written as a string), `number`, `boolean` (a
 * true/false choice), `json` (the whole value as JSON: objects, arrays, mixed or empty lists,
 * the empty string), or `none` ("is set", "is not set").
 */
export type ValueKind = 'none' | 'text' | 'number' | 'boolean' | 'json';

/**
 * A condition as the form holds it: possibly incomplete, the value as typed. For "is one of"
 * lists of text, numbers or booleans `values` has one entry per item; otherwise at most one.
 */
export interface ConditionDraft {
  path: string;
  word: ConditionWord | '';
  kind: ValueKind;
  values: string[];
}

/** A new condition row: nothing chosen yet, so nothing is written. */
export const EMPTY_DRAFT: ConditionDraft = { path: '', word: '', kind: 'none', values: [] };

function kindOfType(type: ArgumentType, fallback: ValueKind): ValueKind {
  switch (type) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
    case 'object':
      return 'json';
    case 'unknown':
      return fallback;
  }
}

/**
 * The kind of value a word takes on an argument of the given types. Where the schema does not
 * say, `fallback` decides: text for a new condition (an argument without a schema most often
 * carries text, and text never turns "10" into 10 behind the person's back), the kind of the
 * value already written otherwise.
 */
export function valueKind(
  word: ConditionWord,
  types: ArgumentTypes,
  fallback: ValueKind = 'text',
): ValueKind {
  if (isPresenceWord(word)) return 'none';
  if (word === 'starts_with' || word === 'matches') return 'text';
  if (word === 'less_than' || word === 'at_most' || word === 'greater_than' || word === 'at_least')
    return 'number';
  if (word === 'contains') {
    if (types.argument === 'array') return kindOfType(types.item, fallback);
    return types.argument === 'unknown' ? fallback : 'text';
  }
  return kindOfType(types.argument, fallback === 'none' ? 'text' : fallback);
}

/** The kind a written value is shown in when the schema does not decide. */
function kindOfValue(value: unknown): ValueKind {
  if (typeof value === 'string') return value === '' ? 'json' : 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'json';
}

function fits(kind: ValueKind, value: unknown): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string' && value !== '';
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

function show(kind: ValueKind, value: unknown): string {
  if (kind === 'json') return JSON.stringify(value) ?? '';
  return typeof value === 'string' ? value : String(value);
}

/** A written condition as the form shows it (the round trip back is `draftCondition`). */
export function conditionDraft(condition: Condition, types: ArgumentTypes): ConditionDraft {
  const word = conditionWord(condition);
  const { path } = condition;
  if (condition.op === 'exists') {
    return { path, word, kind: 'none', values: condition.value === true ? ['true'] : [] };
  }
  if (word === 'starts_with') {
    return { path, word, kind: 'text', values: [startsWithText(condition.value as string) ?? ''] };
  }
  const value: unknown = condition.value;
  if (isListWord(word) && Array.isArray(value) && value.length > 0) {
    const items: unknown[] = value;
    const itemKind = valueKind(word, types, kindOfValue(items[0]));
    if (itemKind !== 'json' && items.every((item) => fits(itemKind, item))) {
      return { path, word, kind: itemKind, values: items.map((item) => show(itemKind, item)) };
    }
  }
  if (isListWord(word)) return { path, word, kind: 'json', values: [show('json', value)] };
  const wanted = valueKind(word, types, kindOfValue(value));
  const kind = fits(wanted, value) ? wanted : kindOfValue(value);
  return { path, word, kind, values: [show(kind, value)] };
}

type Read = { ok: true; value: unknown } | { ok: false; problem: string };

function readValue(kind: ValueKind, text: string): Read {
  // Spaces are text like any other ("^ " starts with a space); only nothing at all is missing.
  if (kind === 'text' ? text === '' : text.trim() === '') return { ok: false, problem: 'empty' };
  switch (kind) {
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, problem: 'not a number' };
    }
    case 'boolean':
      return text === 'true' || text === 'false'
        ? { ok: true, value: text === 'true' }
        : { ok: false, problem: 'not true or false' };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, problem: 'not valid JSON' };
      }
    default:
      return { ok: true, value: text };
  }
}

/** A complete condition, or what is missing ("has no value") as words for the person. */
export type DraftResult = { ok: true; condition: Condition } | { ok: false; problem: string };

/**
 * The condition a draft writes, or why it cannot be written yet. The value's type is not
 * checked against the operator here: the schema says that, on the field.
 */
export function draftCondition(draft: ConditionDraft): DraftResult {
  const { path, word, kind, values } = draft;
  if (path === '') return { ok: false, problem: 'has no argument path' };
  if (word === '') return { ok: false, problem: 'has no operator' };
  if (word === 'is_set') {
    const condition =
      values[0] === 'true' ? { path, op: 'exists', value: true } : { path, op: 'exists' };
    return { ok: true, condition: condition as Condition };
  }
  if (word === 'is_not_set') {
    return { ok: true, condition: { path, op: 'exists', value: false } };
  }
  const op = WORD_OPERATORS[word];
  if (isListWord(word) && kind !== 'json') {
    if (values.length === 0) return { ok: false, problem: 'has no values' };
    const items: unknown[] = [];
    for (const [i, text] of values.entries()) {
      const read = readValue(kind, text);
      if (!read.ok) {
        return {
          ok: false,
          problem:
            read.problem === 'empty'
              ? `has an empty value ${i + 1}`
              : `has a value ${i + 1} that is ${read.problem}`,
        };
      }
      items.push(read.value);
    }
    return { ok: true, condition: { path, op, value: items } as Condition };
  }
  const read = readValue(kind, values[0] ?? '');
  if (!read.ok) {
    return {
      ok: false,
      problem: read.problem === 'empty' ? 'has no value' : `has a value that is ${read.problem}`,
    };
  }
  if (word === 'starts_with') {
    if (typeof read.value !== 'string')
      return { ok: false, problem: 'has a value that is not text' };
    return { ok: true, condition: { path, op: 'regex', value: startsWithRegex(read.value) } };
  }
  return { ok: true, condition: { path, op, value: read.value } as Condition };
}

/**
 * The draft after the person picks another word or path: the value's kind follows the new
 * word and argument type, and what was typed is kept where it still fits.
 */
export function redraft(
  draft: ConditionDraft,
  word: ConditionWord | '',
  types: ArgumentTypes,
): ConditionDraft {
  if (word === '') return { ...draft, word, kind: 'none', values: [] };
  const kind = valueKind(word, types, draft.kind === 'none' ? 'text' : draft.kind);
  if (kind === 'none') return { ...draft, word, kind, values: [] };
  const list = isListWord(word) && kind !== 'json';
  const kept =
    draft.kind === kind ? draft.values : draft.values.filter((text) => readValue(kind, text).ok);
  const values = list ? (kept.length > 0 ? kept : ['']) : [kept[0] ?? ''];
  return { ...draft, word, kind, values };
}
