import type { Finding, Severity } from '../findings';
import { findingAt, findKey, findNode, lineIndex } from '../json';
import type { JsonNode, JsonPath, LineIndex } from '../json';

/** Which part of the place a finding covers: the member's key token, the value, or its first character. */
export type Anchor = 'key' | 'value' | 'start';

/**
 * Turns paths of the (rewritten) policy into findings on the text. A limit made from a
 * `rate_limit` shorthand has no text of its own: its findings go on the shorthand.
 */
export class Locator {
  private index: LineIndex | null = null;
  /** Tool key -> how many limits the rule had in the text (-1: no `limits` key). */
  private readonly rewrittenLimits = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly root: () => JsonNode,
  ) {}

  /** Records that the rule of `tool` got a limit from its shorthand, after `existing` ones. */
  addRewrite(tool: string, existing: number): void {
    this.rewrittenLimits.set(tool, existing);
  }

  /** The path of the shorthand a generated limit came from, or null for text-backed paths. */
  shorthandOf(path: readonly (string | number)[]): JsonPath | null {
    if (path[0] !== 'tools' || path[2] !== 'limits' || typeof path[1] !== 'string') return null;
    const existing = this.rewrittenLimits.get(path[1]);
    if (existing === undefined) return null;
    const item = path[3];
    if (path.length === 3 ? existing !== -1 : typeof item !== 'number' || item < existing) {
      return null;
    }
    return ['tools', path[1], 'rate_limit', ...path.slice(4)];
  }

  /** People's name for a place: `tools › a › limits › 0` (`… › rate_limit` for a generated limit). */
  describe(path: readonly (string | number)[]): string {
    const shorthand = this.shorthandOf(path);
    const shown = shorthand ? shorthand.slice(0, 3) : path;
    return shown.length === 0 ? 'the top level' : shown.join(' › ');
  }

  /** A finding at `path`, on its key, its value, or its first character. */
  at(
    severity: Severity,
    message: string,
    path: readonly (string | number)[],
    anchor: Anchor = 'value',
  ): Finding {
    const [offset, length] = this.range(path, anchor);
    this.index ??= lineIndex(this.text);
    return findingAt(this.index, severity, message, path, offset, length);
  }

  private range(path: readonly (string | number)[], anchor: Anchor): [number, number] {
    const root = this.root();
    let node = findNode(root, path);
    let target: readonly (string | number)[] = path;
    if (node === undefined) {
      const shorthand = this.shorthandOf(path);
      if (shorthand) {
        // Deeper parts exist only in the object form ({"max", "window"}); else mark the shorthand.
        const exact = findNode(root, shorthand);
        target = exact ? shorthand : shorthand.slice(0, 3);
        node = exact ?? findNode(root, target);
      }
    }
    if (node === undefined) {
      // Not in the text (a missing key): mark the start of the nearest enclosing value.
      let depth = path.length - 1;
      while (depth > 0 && findNode(root, path.slice(0, depth)) === undefined) depth--;
      const parent = findNode(root, path.slice(0, Math.max(depth, 0))) ?? root;
      return [parent.offset, 1];
    }
    if (anchor === 'key') {
      const key = findKey(root, target);
      if (key) return [key.offset, key.length];
    }
    if (anchor === 'start') return [node.offset, 1];
    return [node.offset, node.length];
  }
}
