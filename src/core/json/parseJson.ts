import type { Finding } from '../findings';
import { findingAt, lineIndex, positionAt } from './positions';
import { quote } from './quote';
import { numberEnd, readString } from './readToken';
import type { Problem } from './syntaxProblem';
import { syntaxProblem } from './syntaxProblem';
import {
  ARRAY,
  BOOLEAN,
  END,
  firstKeyOffset,
  grow,
  KEY_END,
  KEY_START,
  KIND,
  NULL,
  NUMBER,
  OBJECT,
  NEXT,
  rootNode,
  START,
  STRIDE,
  STRING,
} from './tape';
import type { Tape } from './tape';
import type { JsonNode, JsonParseResult, JsonPath } from './types';

/** Deepest nesting of objects and arrays accepted. */
export const MAX_JSON_DEPTH = 1000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

interface Duplicate {
  key: string;
  path: JsonPath;
  objectIndex: number;
  offset: number;
  length: number;
}

function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  // An own property even for "__proto__", as JSON.parse makes it; never a prototype change.
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/**
 * Parses strict JSON (RFC 8259), keeping every value's place in the text. Never throws: syntax
 * errors, duplicate keys and nesting deeper than 1000 levels are error findings. It stops at the
 * first syntax error. Iterative (explicit stacks), so no depth can overflow the call stack; the
 * node tree is built from flat arrays the first time `root` is read.
 */
export function parseJson(text: string): JsonParseResult {
  const length = text.length;
  let data = new Int32Array(STRIDE * 256);
  let count = 0;
  const duplicates: Duplicate[] = [];
  // The open objects and arrays, innermost last.
  const openIndex: number[] = [];
  const openValue: (Record<string, unknown> | unknown[])[] = [];
  const openKey: (string | null)[] = [];

  /** Where the reader is; `inItem` when the innermost array is reading an item. */
  const pathHere = (inItem: boolean): JsonPath => {
    const path: JsonPath = [];
    for (let d = 0; d < openValue.length; d++) {
      const container = openValue[d];
      if (Array.isArray(container)) {
        if (inItem || d < openValue.length - 1) path.push(container.length);
      } else {
        const key = openKey[d];
        if (key !== null && key !== undefined) path.push(key);
      }
    }
    return path;
  };

  let pos = 0;
  let problem: Problem | null = null;
  let problemInItem = false;
  let value: unknown = undefined;
  // The next value's key token, when it is an object member.
  let keyStart = -1;
  let keyEnd = -1;
  let expectKey = false;

  if (text.charCodeAt(0) === BOM) {
    problem = {
      message: 'A byte order mark (U+FEFF) is not allowed at the start of JSON',
      offset: 0,
      length: 1,
    };
  } else {
    let c = text.charCodeAt(pos);
    while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++pos);
    if (pos >= length) {
      problem = { message: 'The text is empty: expected a JSON value', offset: 0, length: 0 };
    }
  }

  read: while (problem === null) {
    let c = text.charCodeAt(pos);
    while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++pos);

    if (expectKey) {
      if (c !== QUOTE) {
        // Right after '{' the object may still close; after ',' a key must follow.
        const what =
          count === (openIndex[openIndex.length - 1] as number) + 1
            ? "a property name in double quotes or '}'"
            : 'a property name in double quotes';
        problem = syntaxProblem(text, pos, what, true);
        break;
      }
      keyStart = pos;
      let key: string;
      let i = pos + 1;
      let d = text.charCodeAt(i);
      while (d !== QUOTE && d !== BACKSLASH && d >= SPACE) d = text.charCodeAt(++i);
      if (d === QUOTE) {
        key = text.slice(pos + 1, i);
        pos = i + 1;
      } else {
        const r = readString(text, pos);
        if ('message' in r) {
          problem = r;
          break;
        }
        key = r.value;
        pos = r.end;
      }
      keyEnd = pos;
      const depth = openValue.length - 1;
      const object = openValue[depth] as Record<string, unknown>;
      if (Object.hasOwn(object, key)) {
        duplicates.push({
          key,
          path: [...pathHere(false), key],
          objectIndex: openIndex[depth] as number,
          offset: keyStart,
          length: keyEnd - keyStart,
        });
      }
      openKey[depth] = key;
      c = text.charCodeAt(pos);
      while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++pos);
      if (c !== COLON) {
        problem = syntaxProblem(text, pos, "':' after the property name", false);
        break;
      }
      c = text.charCodeAt(++pos);
      while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++pos);
      expectKey = false;
    }

    // A value starts at `pos`.
    const index = count++;
    const depth = openIndex.length;
    if (count * STRIDE > data.length) data = grow(data, count);
    const b = index * STRIDE;
    data[b + KIND] = NULL;
    data[b + START] = pos;
    data[b + KEY_START] = keyStart;
    data[b + KEY_END] = keyEnd;
    keyStart = -1;
    keyEnd = -1;

    if (c === QUOTE) {
      data[b + KIND] = STRING;
      let i = pos + 1;
      let d = text.charCodeAt(i);
      while (d !== QUOTE && d !== BACKSLASH && d >= SPACE) d = text.charCodeAt(++i);
      if (d === QUOTE) {
        value = text.slice(pos + 1, i);
        pos = i + 1;
      } else {
        const r = readString(text, pos);
        if ('message' in r) {
          problem = r;
          problemInItem = true;
          break;
        }
        value = r.value;
        pos = r.end;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth >= MAX_JSON_DEPTH) {
        problem = {
          message: `Nesting deeper than ${MAX_JSON_DEPTH} levels`,
          offset: pos,
          length: 1,
        };
        problemInItem = true;
        break;
      }
      const isObject = c === OPEN_BRACE;
      data[b + KIND] = isObject ? OBJECT : ARRAY;
      const container: Record<string, unknown> | unknown[] = isObject ? {} : [];
      c = text.charCodeAt(++pos);
      while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++pos);
      if (c === (isObject ? CLOSE_BRACE : CLOSE_BRACKET)) {
        value = container;
        pos++;
      } else {
        openIndex.push(index);
        openValue.push(container);
        openKey.push(null);
        expectKey = isObject;
        continue;
      }
    } else if (c === MINUS || (c >= 0x30 && c <= 0x39)) {
      data[b + KIND] = NUMBER;
      const end = numberEnd(text, pos);
      if (typeof end !== 'number') {
        problem = end;
        problemInItem = true;
        break;
      }
      value = Number(text.slice(pos, end));
      pos = end;
    } else if (text.startsWith('true', pos)) {
      data[b + KIND] = BOOLEAN;
      value = true;
      pos += 4;
    } else if (text.startsWith('false', pos)) {
      data[b + KIND] = BOOLEAN;
      value = false;
      pos += 5;
    } else if (text.startsWith('null', pos)) {
      value = null;
      pos += 4;
    } else {
      problem = syntaxProblem(text, pos, 'a value', false);
      problemInItem = true;
      break;
    }
    data[b + END] = pos;
    data[b + NEXT] = count;

    // The value is complete: store it, then close every container it completes.
    for (;;) {
      const top = openValue.length - 1;
      c = text.charCodeAt(pos);
      while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++pos);
      if (top < 0) {
        if (pos < length) {
          const p = syntaxProblem(text, pos, 'the end of the text after the JSON value', false);
          problem = p.message.startsWith('Expected')
            ? { ...p, message: 'Unexpected text after the JSON value' }
            : p;
        }
        break read;
      }
      const container = openValue[top] as Record<string, unknown> | unknown[];
      const isObject = !Array.isArray(container);
      if (isObject) {
        setMember(container, openKey[top] as string, value);
        openKey[top] = null;
      } else {
        container.push(value);
      }
      const close = isObject ? CLOSE_BRACE : CLOSE_BRACKET;
      if (c === COMMA) {
        const comma = pos;
        c = text.charCodeAt(++pos);
        while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(++pos);
        if (c === close) {
          problem = { message: 'Trailing comma', offset: comma, length: 1 };
          break read;
        }
        expectKey = isObject;
        continue read;
      }
      if (c === close) {
        pos++;
        const closed = (openIndex[top] as number) * STRIDE;
        data[closed + END] = pos;
        data[closed + NEXT] = count;
        value = container;
        openIndex.pop();
        openValue.pop();
        openKey.pop();
        continue;
      }
      problem = syntaxProblem(text, pos, isObject ? "',' or '}'" : "',' or ']'", false);
      break read;
    }
  }

  const tape: Tape = { text, data, count, nodes: [] };
  const findings = toFindings(text, problem, problem && pathHere(problemInItem), duplicates, tape);
  if (problem !== null) return { ok: false, findings };
  let root: JsonNode | undefined;
  return {
    ok: true,
    value,
    findings,
    get root(): JsonNode {
      root ??= rootNode(tape);
      return root;
    },
  };
}

function toFindings(
  text: string,
  problem: Problem | null,
  problemPath: JsonPath | null,
  duplicates: Duplicate[],
  tape: Tape,
): Finding[] {
  if (problem === null && duplicates.length === 0) return [];
  const index = lineIndex(text);
  const findings = duplicates.map((d) => {
    const first = positionAt(index, firstKeyOffset(tape, d.objectIndex, d.key)).line;
    const message = `Duplicate key ${quote(d.key)} (first at line ${first})`;
    return findingAt(index, 'error', message, d.path, d.offset, d.length);
  });
  if (problem !== null) {
    findings.push(
      findingAt(index, 'error', problem.message, problemPath ?? [], problem.offset, problem.length),
    );
  }
  return findings;
}
