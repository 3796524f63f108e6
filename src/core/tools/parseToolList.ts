import type { Finding, Severity } from '../findings';
import { findNode, findingAt, lineIndex, parseJson, quote } from '../json';
import type { JsonNode, JsonPath, LineIndex } from '../json';
import { MAX_NAME_LENGTH } from '../schema';
import type { Tool } from './tool';
import { isPlainObject, ownValue } from '../values';

export type ParseToolListResult =
  { ok: true; tools: Tool[]; findings: Finding[] } | { ok: false; findings: Finding[] };

const EXPECTED = 'Expected a tools/list result, a JSON-RPC response, or an array of tools.';
const MORE_PAGES =
  'The list goes on (nextCursor is set): paste all its pages as an array to load every tool.';

type JsonObject = Record<string, unknown>;

/** The fields of a tool the project reads, with the type each must have to be read. */
const TOOL_FIELDS = new Map<string, 'string' | 'object'>([
  ['title', 'string'],
  ['description', 'string'],
  ['inputSchema', 'object'],
  ['outputSchema', 'object'],
  ['annotations', 'object'],
]);

const ANNOTATION_FIELDS = new Map<string, 'string' | 'boolean'>([
  ['title', 'string'],
  ['readOnlyHint', 'boolean'],
  ['destructiveHint', 'boolean'],
  ['idempotentHint', 'boolean'],
  ['openWorldHint', 'boolean'],
]);

function setOwn(object: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** A path as people write it: `result.tools[3].name`, `[1].tools[0]`. */
function showPath(path: JsonPath): string {
  let shown = '';
  for (const segment of path) {
    if (typeof segment === 'number') shown += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) shown += shown === '' ? segment : `.${segment}`;
    else shown += `[${quote(segment)}]`;
  }
  return shown;
}

class Reader {
  readonly findings: Finding[] = [];
  readonly tools: Tool[] = [];
  private readonly firstIndex = new Map<string, JsonPath>();
  private index: LineIndex | undefined;

  /** `root` is a getter for the node tree: read only when a finding needs a place. */
  constructor(
    private readonly text: string,
    private readonly parsed: { readonly root: JsonNode },
  ) {}

  /** A finding on the node at `path`; a container is marked by its first character only. */
  report(severity: Severity, message: string, path: JsonPath): void {
    this.index ??= lineIndex(this.text);
    const root = this.parsed.root;
    const node = findNode(root, path) ?? root;
    const length = node.type === 'object' || node.type === 'array' ? 1 : node.length;
    this.findings.push(findingAt(this.index, severity, message, path, node.offset, length));
  }

  /** Reads one page; false (and nothing reported) when `value` is not a page. */
  page(value: unknown, path: JsonPath): boolean {
    const found = toolsOf(value, path);
    if (found === undefined) return false;
    this.entries(found[0], found[1]);
    return true;
  }

  entries(items: readonly unknown[], path: JsonPath): void {
    for (let i = 0; i < items.length; i++) this.entry(items[i], [...path, i]);
  }

  private entry(value: unknown, path: JsonPath): void {
    if (!isPlainObject(value)) {
      this.report(
        'warning',
        `Skipped ${showPath(path)}: a tool is an object with a "name", not ${kindOf(value)}.`,
        path,
      );
      return;
    }
    if (!Object.hasOwn(value, 'name')) {
      this.report('warning', `Skipped ${showPath(path)}: it has no "name".`, path);
      return;
    }
    const name = value.name;
    if (typeof name !== 'string') {
      this.report(
        'warning',
        `Skipped ${showPath(path)}: its "name" is ${kindOf(name)}, not a string.`,
        [...path, 'name'],
      );
      return;
    }
    if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
      const problem = name.length === 0 ? 'is empty' : `has ${name.length} characters`;
      this.report(
        'warning',
        `Skipped ${showPath(path)}: its "name" ${problem}; a tool name has 1 to ${MAX_NAME_LENGTH} characters.`,
        [...path, 'name'],
      );
      return;
    }
    const first = this.firstIndex.get(name);
    if (first !== undefined) {
      this.report(
        'warning',
        `Skipped ${showPath(path)}: the name ${quote(name)} is already used by ${showPath(first)}, which is kept.`,
        [...path, 'name'],
      );
      return;
    }
    this.firstIndex.set(name, path);
    this.tools.push(this.tool(value, path));
  }

  /** The tool itself when every field it has is usable, else a copy without the unusable ones. */
  private tool(value: JsonObject, path: JsonPath): Tool {
    let copy: JsonObject | undefined;
    const keys = Object.keys(value);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      const field = value[key];
      let usable: unknown = field;
      const expected = TOOL_FIELDS.get(key);
      if (expected === undefined) {
        // Not a field the project reads: kept as the server sent it.
      } else if (expected === 'string' ? typeof field !== 'string' : !isPlainObject(field)) {
        const want = expected === 'string' ? 'a string' : 'an object';
        this.report(
          'warning',
          `Ignored ${showPath([...path, key])}: expected ${want}, found ${kindOf(field)}.`,
          [...path, key],
        );
        usable = undefined;
      } else if (key === 'annotations') {
        usable = this.annotations(field as JsonObject, [...path, key]);
      }
      if (usable !== field) copy ??= copyOf(value, keys, k);
      if (copy && usable !== undefined) setOwn(copy, key, usable);
    }
    return (copy ?? value) as Tool;
  }

  private annotations(value: JsonObject, path: JsonPath): JsonObject {
    let copy: JsonObject | undefined;
    const keys = Object.keys(value);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      const field = value[key];
      const expected = ANNOTATION_FIELDS.get(key);
      if (expected !== undefined && typeof field !== expected) {
        const want = expected === 'string' ? 'a string' : 'true or false';
        this.report(
          'warning',
          `Ignored ${showPath([...path, key])}: expected ${want}, found ${kindOf(field)}.`,
          [...path, key],
        );
        copy ??= copyOf(value, keys, k);
      } else if (copy) {
        setOwn(copy, key, field);
      }
    }
    return copy ?? value;
  }
}

/** A new object with the first `count` of `keys` copied from `value`. */
function copyOf(value: JsonObject, keys: readonly string[], count: number): JsonObject {
  const copy: JsonObject = {};
  for (let i = 0; i < count; i++) {
    const key = keys[i] as string;
    setOwn(copy, key, value[key]);
  }
  return copy;
}

/** The tools array of a page and its path: `{"tools": […]}` or `{"result": {"tools": […]}}`. */
function toolsOf(value: unknown, path: JsonPath): [unknown[], JsonPath] | undefined {
  if (!isPlainObject(value)) return undefined;
  const tools = ownValue(value, 'tools');
  if (Array.isArray(tools)) return [tools, [...path, 'tools']];
  const result = ownValue(value, 'result');
  if (isPlainObject(result)) {
    const inner = ownValue(result, 'tools');
    if (Array.isArray(inner)) return [inner, [...path, 'result', 'tools']];
  }
  return undefined;
}

function hasTools(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const result = ownValue(value, 'result');
  return Object.hasOwn(value, 'tools') || (isPlainObject(result) && Object.hasOwn(result, 'tools'));
}

/** The message of a JSON-RPC error response, or undefined when `value` is not one. */
function serverError(value: unknown): string | undefined {
  if (!isPlainObject(value) || !Object.hasOwn(value, 'error') || hasTools(value)) return undefined;
  const error = ownValue(value, 'error');
  const message = isPlainObject(error) ? ownValue(error, 'message') : undefined;
  const code = isPlainObject(error) ? ownValue(error, 'code') : undefined;
  let text = 'the server answered with an error';
  if (typeof message === 'string') text += `: ${quote(message)}`;
  if (typeof code === 'number') text += ` (code ${code})`;
  return text + '.';
}

/** Where a server error is best shown: its message, else the error member. */
function errorPath(value: JsonObject, path: JsonPath): JsonPath {
  const error = ownValue(value, 'error');
  return isPlainObject(error) && typeof ownValue(error, 'message') === 'string'
    ? [...path, 'error', 'message']
    : [...path, 'error'];
}

/** Where "no tools array" is best shown: a `tools` that is not an array, else the whole text. */
function missingToolsPath(value: unknown): JsonPath {
  if (!isPlainObject(value)) return [];
  if (Object.hasOwn(value, 'tools')) return ['tools'];
  const result = ownValue(value, 'result');
  if (isPlainObject(result) && Object.hasOwn(result, 'tools')) return ['result', 'tools'];
  if (Object.hasOwn(value, 'result')) return ['result'];
  return [];
}

/** An array is pages when some element has `tools` or `result.tools` and none has `name`. */
function isPages(items: readonly unknown[]): boolean {
  let some = false;
  for (const item of items) {
    if (isPlainObject(item) && Object.hasOwn(item, 'name')) return false;
    if (hasTools(item)) some = true;
  }
  return some;
}

/** The path of a page's non-empty `nextCursor` (more pages to come), or undefined. */
function nextCursorPath(value: unknown, path: JsonPath): JsonPath | undefined {
  if (!isPlainObject(value)) return undefined;
  const result = ownValue(value, 'result');
  const [page, at] =
    Array.isArray(ownValue(value, 'tools')) || !isPlainObject(result)
      ? [value, path]
      : [result, [...path, 'result']];
  const cursor = ownValue(page, 'nextCursor');
  return typeof cursor === 'string' && cursor !== '' ? [...at, 'nextCursor'] : undefined;
}

/** Reads MCP `tools/list` output in any accepted shape; never throws. */
export function parseToolList(text: string): ParseToolListResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, findings: parsed.findings };
  const { value } = parsed;
  const reader = new Reader(text, parsed);
  // A messy server may repeat a key; JSON.parse keeps the last one, and so does the list.
  for (const f of parsed.findings) {
    reader.findings.push({
      ...f,
      severity: 'warning',
      message: `${f.message}; the last one is used`,
    });
  }

  if (Array.isArray(value) && isPages(value)) {
    for (let p = 0; p < value.length; p++) {
      const page = value[p];
      if (reader.page(page, [p])) continue;
      const error = serverError(page);
      if (error !== undefined && isPlainObject(page)) {
        reader.report('warning', `Skipped [${p}]: ${error}`, errorPath(page, [p]));
      } else {
        reader.report(
          'warning',
          `Skipped [${p}]: a page is a tools/list result with a "tools" array.`,
          [p],
        );
      }
    }
    const more = nextCursorPath(value[value.length - 1], [value.length - 1]);
    if (more) reader.report('info', MORE_PAGES, more);
  } else if (Array.isArray(value)) {
    reader.entries(value, []);
  } else if (reader.page(value, [])) {
    const more = nextCursorPath(value, []);
    if (more) reader.report('info', MORE_PAGES, more);
  } else {
    const error = serverError(value);
    if (error !== undefined && isPlainObject(value)) {
      reader.report('error', error.charAt(0).toUpperCase() + error.slice(1), errorPath(value, []));
    } else reader.report('error', EXPECTED, missingToolsPath(value));
    return { ok: false, findings: reader.findings };
  }
  return { ok: true, tools: reader.tools, findings: reader.findings };
}
