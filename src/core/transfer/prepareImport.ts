import type { Finding } from '../findings';
import { formatPolicy } from '../policy/formatPolicy';
import { parsePolicy } from '../policy/parsePolicy';
import type { ParsePolicyResult } from '../policy/parseResult';
import type { Tool } from '../tools/tool';

/** An imported policy, ready for the editor. */
export interface PreparedImport {
  /** The text for the editor: the formatted policy, or the text as given when it has errors. */
  text: string;
  /** `parsePolicy(text, {tools})`: what the store would compute for `text`. */
  parsed: ParsePolicyResult;
  /** The shorthands rewritten (info findings, placed in the text as given). */
  rewrites: Finding[];
  /** True when the text had errors and goes into the editor as it was given. */
  asGiven: boolean;
}

/**
 * Reads an imported policy text: a valid one is formatted (its shorthands rewritten), an invalid
 * one is kept as given so nothing the person wrote is lost.
 */
export function prepareImport(text: string, tools: readonly Tool[]): PreparedImport {
  const options = tools.length > 0 ? { tools } : {};
  const given = parsePolicy(text, options);
  if (!given.ok) return { text, parsed: given, rewrites: [], asGiven: true };
  const formatted = formatPolicy(given.policy);
  const rewrites = given.findings.filter((f) => f.severity === 'info');
  if (formatted === text) return { text, parsed: given, rewrites, asGiven: false };
  return { text: formatted, parsed: parsePolicy(formatted, options), rewrites, asGiven: false };
}

/** Whether a text is a policy or a tool list (for a file dropped on the page). */
export type DocumentKind = 'policy' | 'tools';

/**
 * Tells a tool list (an array, a JSON-RPC response, `{"tools": [...]}`) from a policy. Text
 * that is not JSON counts as a policy: it goes into the editor as given, with its markers.
 */
export function documentKind(text: string): DocumentKind {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'policy';
  }
  if (Array.isArray(value)) return 'tools';
  if (typeof value !== 'object' || value === null) return 'policy';
  if (Object.hasOwn(value, 'jsonrpc') || Object.hasOwn(value, 'result')) return 'tools';
  const tools: unknown = Object.hasOwn(value, 'tools')
    ? (value as { tools: unknown }).tools
    : undefined;
  return Array.isArray(tools) ? 'tools' : 'policy';
}
