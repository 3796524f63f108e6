import { diffText } from '../edits/textDiff';
import { withEntry } from '../edits/objects';
import type { JsonProperty } from '../json';
import { skimmerFor } from '../json/skimmerFor';
import type { Policy } from '../schema';
import { parsePolicy } from './parsePolicy';

interface Span {
  offset: number;
  length: number;
}

function holding(members: readonly JsonProperty[] | undefined, edit: Span) {
  return members?.find(
    (m) =>
      m.value.offset <= edit.offset && edit.offset + edit.length <= m.value.offset + m.value.length,
  );
}

// The smallest document around one top-level value: the fields the format requires, with the
// changed one in place of its default.
const REQUIRED: readonly (readonly [string, string])[] = [
  ['version', '"1"'],
  ['default', '"deny"'],
  ['tools', '{}'],
];

function miniDocument(key: string, valueText: string): string {
  const members = REQUIRED.filter(([k]) => k !== key).map(([k, v]) => `${JSON.stringify(k)}: ${v}`);
  members.push(`${JSON.stringify(key)}: ${valueText}`);
  return `{${members.join(', ')}}`;
}

/**
 * The policy of `after`, read from the one value that changed since `before` (whose policy is
 * `policy`): a rule in `tools`, or another top-level value. Only that value's text is parsed
 * and validated, so a keystroke in a 5,000-rule policy costs about as much as in a small one.
 * Null when the change is not inside one such value or that value does not read on its own:
 * the caller then parses the whole text. Checks across values (counters shared by rules,
 * names against the tool list) are not made here; the caller runs the full check later.
 * `before` must be well-formed JSON.
 */
export function readChange(before: string, after: string, policy: Policy): Policy | null {
  const edit = diffText(before, after);
  if (edit === null) return policy;
  const skim = skimmerFor(before);
  const root = skim.root();
  if (root?.type !== 'object') return null;
  const top = holding(skim.membersOf(root), edit);
  if (top === undefined) return null;
  const delta = edit.content.length - edit.length;
  const textOf = (m: JsonProperty) =>
    after.slice(m.value.offset, m.value.offset + m.value.length + delta);

  if (top.key === 'tools') {
    const rule = holding(skim.membersOf(top.value), edit);
    if (rule === undefined) return null;
    const mini = `{"version": "1", "default": "deny", "tools": {${JSON.stringify(rule.key)}: ${textOf(rule)}}}`;
    const read = parsePolicy(mini);
    if (!read.ok || !Object.hasOwn(read.policy.tools, rule.key)) return null;
    return { ...policy, tools: withEntry(policy.tools, rule.key, read.policy.tools[rule.key]!) };
  }
  if (top.key !== 'default' && top.key !== 'hide' && top.key !== 'all_tools') return null;
  const read = parsePolicy(miniDocument(top.key, textOf(top)));
  if (!read.ok) return null;
  const next: Policy = { ...policy };
  const value = read.policy[top.key];
  if (value === undefined) delete next[top.key];
  else Object.assign(next, { [top.key]: value });
  return next;
}
