import { entryAt, keyRange, nodeAt, tapeOf } from './tape';
import type { JsonNode } from './types';

// One lookup: every node `parseJson` returns is backed by its tape, which finds a member by its
// key without building a second structure. A node not made by `parseJson` has no tape, and no
// place in a document to find.

/** The node at `path` (object keys and array indices), or undefined when it is not there. */
export function findNode(root: JsonNode, path: readonly (string | number)[]): JsonNode | undefined {
  const tape = tapeOf(root);
  if (tape === undefined) return undefined;
  const entry = entryAt(tape, path);
  return entry === -1 ? undefined : nodeAt(tape, entry);
}

/** The key token (with its quotes) of the object member at `path`, or undefined. */
export function findKey(
  root: JsonNode,
  path: readonly (string | number)[],
): { offset: number; length: number } | undefined {
  if (path.length === 0) return undefined;
  const tape = tapeOf(root);
  if (tape === undefined) return undefined;
  const entry = entryAt(tape, path);
  return entry === -1 ? undefined : keyRange(tape, entry);
}
