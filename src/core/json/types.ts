import type { Finding } from '../findings';

/** A step into a JSON document: an object key or an array index. */
export type JsonPath = (string | number)[];

/** Where a value sits in the text: `offset`/`length` in UTF-16 code units. */
export interface JsonNode {
  type: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
  offset: number;
  length: number;
  /** Array items, in order. */
  children?: JsonNode[];
  /** Object members, in document order (a duplicate key appears twice). */
  properties?: JsonProperty[];
}

/** One member of an object; `keyOffset`/`keyLength` cover the key token with its quotes. */
export interface JsonProperty {
  key: string;
  keyOffset: number;
  keyLength: number;
  value: JsonNode;
}

/**
 * `ok: true` when the text is well-formed JSON. Duplicate keys are error findings but leave
 * `ok: true` (the value keeps the last one, as JSON.parse does) so callers can still locate
 * things; any error finding means the text is not valid for the caller.
 */
export type JsonParseResult =
  | { ok: true; value: unknown; root: JsonNode; findings: Finding[] }
  | { ok: false; findings: Finding[] };
