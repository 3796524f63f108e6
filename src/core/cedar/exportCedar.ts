import { hiddenBy, isPattern, ruleFinder } from '../patterns';
import { toPointer } from '../pointer';
import type { Policy, Rule } from '../schema';
import type { Tool } from '../tools/tool';
import { cedarCondition } from './cedarCondition';
import { cedarLikePattern, cedarString, commentText } from './cedarText';
import { entityList, renderScope, ruleScope, type Scope } from './scope';

/** Something of the draft Cedar cannot say, where it is (a JSON Pointer), and what was done. */
export interface CedarUnsupported {
  path: string;
  reason: string;
}

/** A ToolHive authorization config (`--authz-config`) holding Cedar policies. */
export interface CedarConfig {
  version: '1.0';
  type: 'cedarv1';
  cedar: { policies: string[]; entities_json: string };
}

export interface CedarExport {
  config: CedarConfig;
  unsupported: CedarUnsupported[];
}

type Effect = 'permit' | 'forbid';

interface Draft {
  policies: string[];
  unsupported: CedarUnsupported[];
}

const ACTION = 'action == Action::"call_tool"';

function policyText(
  effect: Effect,
  id: string,
  comments: readonly string[],
  scope: Scope,
  conditions: readonly string[],
  unless: readonly string[] = [],
): string | null {
  const rendered = renderScope(scope);
  if (rendered === null) return null;
  const lines = comments.map((c) => `// ${commentText(c)}`);
  lines.push(`@id(${cedarString(commentText(id)) ?? '""'})`);
  lines.push(`${effect} (principal, ${ACTION}, ${rendered.head})`);
  const when = [...rendered.when, ...conditions];
  if (when.length > 0) lines.push(`when { ${when.join(' && ')} }`);
  if (unless.length > 0) lines.push(`unless { ${unless.join(' || ')} }`);
  return `${lines.join('\n')};`;
}

function add(draft: Draft, text: string | null, path: string, what: string): void {
  if (text !== null) draft.policies.push(text);
  else
    draft.unsupported.push({
      path,
      reason: `${what}: a name has a lone surrogate, which Cedar cannot hold; no policy was written for it`,
    });
}

function rulePath(key: string): string {
  return `/tools/${toPointer([key]).slice(1)}`;
}

interface RuleTranslation {
  /** Why the rule cannot be exported as it is (approval, limits, a condition); [] when it can. */
  problems: CedarUnsupported[];
  require: string[];
  denyIf: string[];
}

function translateRule(key: string, rule: Rule): RuleTranslation {
  const base = rulePath(key);
  const out: RuleTranslation = { problems: [], require: [], denyIf: [] };
  if (rule.action === 'approval') {
    out.problems.push({
      path: `${base}/action`,
      reason: "Cedar cannot wait for a person's approval: the rule's calls are denied",
    });
  }
  if ((rule.limits ?? []).length > 0) {
    out.problems.push({
      path: `${base}/limits`,
      reason: "Cedar keeps no counters, so limits cannot be enforced: the rule's calls are denied",
    });
  }
  for (const [list, into] of [
    ['require', out.require],
    ['deny_if', out.denyIf],
  ] as const) {
    (rule[list] ?? []).forEach((condition, i) => {
      const cedar = cedarCondition(condition);
      if (cedar.ok) into.push(cedar.text);
      else {
        out.problems.push({
          path: `${base}/${list}/${i}`,
          reason: `${cedar.reason}: the rule's calls are denied`,
        });
      }
    });
  }
  return out;
}

function exportRule(draft: Draft, key: string, rule: Rule, scope: Scope): void {
  const path = rulePath(key);
  // The policy's @id is the JSON Pointer of what it comes from: unique, and the app's paths.
  const id = path;
  const label = `tools[${JSON.stringify(key)}]`;
  if (rule.action === 'deny') {
    const why = rule.reason === undefined ? '' : `: ${rule.reason}`;
    add(draft, policyText('forbid', id, [`${label}: deny${why}`], scope, []), path, label);
    return;
  }
  const { problems, require, denyIf } = translateRule(key, rule);
  if (problems.length > 0) {
    draft.unsupported.push(...problems);
    const comments = [
      `${label}: exported as deny (Cedar cannot say all of it)`,
      ...problems.map((p) => `unsupported ${p.path}: ${p.reason}`),
    ];
    add(draft, policyText('forbid', id, comments, scope, []), path, label);
    return;
  }
  const comment = `${label}: allow${require.length > 0 ? ' when every require condition holds' : ''}`;
  add(draft, policyText('permit', id, [comment], scope, require), path, label);
  // One forbid per deny_if: a condition that fails to evaluate (a comparison on a text) then
  // skips only its own forbid, which is the contract's "false" for it.
  denyIf.forEach((text, i) => {
    const comments = [`${label}: deny_if ${i} holds → deny`];
    add(draft, policyText('forbid', `${id}/deny_if/${i}`, comments, scope, [text]), path, label);
  });
}

/** True when the rule allows some calls once exported (not deny, nothing unsupported). */
function exportsAllow(key: string, rule: Rule): boolean {
  return rule.action !== 'deny' && translateRule(key, rule).problems.length === 0;
}

function hidesAll(policy: Policy): boolean {
  return policy.hide === '*' || (policy.hide ?? []).includes('*');
}

function exportHide(draft: Draft, policy: Policy, expanded: readonly string[] | null): void {
  const hide = policy.hide;
  if (hide === undefined) return;
  if (hidesAll(policy)) {
    draft.policies.push(policyText('forbid', '/hide', ['hide: every tool'], { kind: 'all' }, [])!);
    return;
  }
  const entries = hide as readonly string[];
  if (expanded !== null) {
    const names = expanded.filter((name) => hiddenBy(hide, name) !== null);
    if (names.length === 0) return;
    const comment = `hide (expanded against the loaded tool list): ${entries.join(', ')}`;
    add(
      draft,
      policyText('forbid', '/hide', [comment], { kind: 'names', names }, []),
      '/hide',
      'hide',
    );
    return;
  }
  entries.forEach((entry, i) => {
    const scope: Scope = isPattern(entry)
      ? { kind: 'like', pattern: entry, exceptNames: [], exceptPatterns: [] }
      : { kind: 'names', names: [entry] };
    const text = policyText('forbid', `/hide/${i}`, [`hide: ${entry}`], scope, []);
    add(draft, text, `/hide/${i}`, 'hide');
  });
}

function exportAllTools(draft: Draft, policy: Policy): void {
  if ((policy.all_tools?.limits ?? []).length === 0) return;
  const reason =
    'Cedar keeps no counters, so limits on every call cannot be enforced: every call is denied';
  draft.unsupported.push({ path: '/all_tools/limits', reason });
  const comments = [
    'all_tools.limits: exported as deny',
    `unsupported /all_tools/limits: ${reason}`,
  ];
  draft.policies.push(policyText('forbid', '/all_tools/limits', comments, { kind: 'all' }, [])!);
}

/** Names the export decides one by one: the loaded tools, the exact keys and hide entries. */
function universe(policy: Policy, tools: readonly Tool[]): string[] {
  const names = new Set(tools.map((t) => t.name));
  for (const key of Object.keys(policy.tools)) if (!isPattern(key)) names.add(key);
  if (Array.isArray(policy.hide)) for (const e of policy.hide) if (!isPattern(e)) names.add(e);
  return [...names];
}

function hasPatterns(policy: Policy): boolean {
  const hide = Array.isArray(policy.hide) ? policy.hide : [];
  return Object.keys(policy.tools).some(isPattern) || hide.some(isPattern);
}

/**
 * Exports a policy as a ToolHive Cedar config. Patterns become `resource.name like …` (exact:
 * ToolHive gives each tool resource its name), or, with a tool list, the listed names they match.
 * What Cedar cannot say is listed in `unsupported` and exported as deny, never dropped.
 */
export function exportCedar(policy: Policy, tools?: readonly Tool[]): CedarExport {
  const draft: Draft = { policies: [], unsupported: [] };
  const keys = Object.keys(policy.tools);
  const expand = tools !== undefined && tools.length > 0 && hasPatterns(policy);
  const names = expand ? universe(policy, tools) : null;

  exportAllTools(draft, policy);
  exportHide(draft, policy, names);
  if (!hidesAll(policy)) {
    const groups = names === null ? null : groupByRule(policy, names);
    for (const key of keys) {
      const rule = policy.tools[key]!;
      if (groups === null) {
        exportRule(draft, key, rule, ruleScope(keys, key));
        continue;
      }
      const group = groups.get(key) ?? [];
      if (group.length > 0) exportRule(draft, key, rule, { kind: 'names', names: group });
      if (isPattern(key) && exportsAllow(key, rule)) {
        draft.unsupported.push({
          path: rulePath(key),
          reason:
            'expanded against the loaded tool list: a tool outside the list that matches this pattern is denied',
        });
      }
    }
    exportDefault(draft, policy, keys, groups);
  }
  return {
    config: {
      version: '1.0',
      type: 'cedarv1',
      cedar: { policies: draft.policies, entities_json: '[]' },
    },
    unsupported: draft.unsupported,
  };
}

// Tool names have at least one character, so '' is never a rule key.
const NO_RULE = '';

/** For each rule key, the names (not hidden) that get it; names with no rule under ''. */
function groupByRule(policy: Policy, names: readonly string[]): Map<string, string[]> {
  const find = ruleFinder(policy.tools);
  const groups = new Map<string, string[]>();
  for (const name of names) {
    if (hiddenBy(policy.hide, name) !== null) continue;
    const key = find(name)?.key ?? NO_RULE;
    const list = groups.get(key);
    if (list) list.push(name);
    else groups.set(key, [name]);
  }
  return groups;
}

function exportDefault(
  draft: Draft,
  policy: Policy,
  keys: readonly string[],
  groups: Map<string, string[]> | null,
): void {
  if (policy.default !== 'allow') return;
  const comment = 'default: allow (tools with no rule)';
  if (groups === null) {
    const unless = defaultExclusions(keys);
    if (unless === null) {
      draft.unsupported.push({
        path: '/default',
        reason:
          'a rule key has a lone surrogate, which Cedar cannot hold, so the default cannot leave it out: tools with no rule are denied',
      });
      return;
    }
    const text = policyText('permit', '/default', [comment], { kind: 'all' }, [], unless);
    add(draft, text, '/default', 'default');
    return;
  }
  const names = groups.get(NO_RULE) ?? [];
  draft.unsupported.push({
    path: '/default',
    reason:
      'patterns were expanded against the loaded tool list: a tool outside the list is denied, though the draft allows it by default',
  });
  if (names.length === 0) return;
  add(
    draft,
    policyText('permit', '/default', [comment], { kind: 'names', names }, []),
    '/default',
    'default',
  );
}

/** The `unless` clauses that leave every ruled tool out of the default; null if one has no spelling. */
function defaultExclusions(keys: readonly string[]): string[] | null {
  const unless: string[] = [];
  const exact = keys.filter((k) => !isPattern(k));
  if (exact.length > 0) {
    const list = entityList(exact);
    if (list === null) return null;
    unless.push(`resource in ${list}`);
  }
  for (const key of keys.filter(isPattern)) {
    const like = cedarLikePattern(key);
    if (like === null) return null;
    unless.push(`resource.name like ${like}`);
  }
  return unless;
}
