import { unchanged, type PolicyEdit } from '../../edits/change';
import { setRule } from '../../edits/rules';
import { closestKey } from '../../policy/closestKey';
import type { Condition, Policy, Rule } from '../../schema';
import type { ReviewContext, ReviewedTool } from '../context';
import { lookUpPath, schemaTypes, type SchemaLookup } from '../inputSchema';
import type { ReviewFix, UnplacedFinding } from '../types';

type List = 'require' | 'deny_if';

/** The JSON types each operator can hold on (others make it false for every call). */
const OPERATOR_TYPES: Partial<Record<Condition['op'], readonly string[]>> = {
  lt: ['number', 'integer'],
  lte: ['number', 'integer'],
  gt: ['number', 'integer'],
  gte: ['number', 'integer'],
  regex: ['string'],
  contains: ['string', 'array'],
};

/** Ops that hold when the argument is missing, so a missing optional argument is not denied. */
function holdsWhenMissing(condition: Condition): boolean {
  if (condition.op === 'neq' || condition.op === 'not_in') return true;
  return condition.op === 'exists' && condition.value === false;
}

function renamePath(
  key: string,
  list: List,
  index: number,
  path: string,
): (policy: Policy) => PolicyEdit {
  return (policy) => {
    if (!Object.hasOwn(policy.tools, key)) return unchanged(policy);
    const rule = policy.tools[key] as Rule;
    const conditions = rule[list];
    const condition = conditions?.[index];
    if (conditions === undefined || condition === undefined) return unchanged(policy);
    const next = conditions.map((c, i) => (i === index ? { ...c, path } : c));
    return setRule(policy, key, { ...rule, [list]: next });
  };
}

function typoFix(
  key: string,
  list: List,
  index: number,
  condition: Condition,
  lookup: Extract<SchemaLookup, { kind: 'unknown' }>,
): ReviewFix | undefined {
  const meant = closestKey(lookup.segment, lookup.known);
  if (meant === null) return undefined;
  const segments = condition.path.split('.');
  segments[lookup.depth + 1] = meant;
  const path = segments.join('.');
  return { title: `Change the path to ${path}`, apply: renamePath(key, list, index, path) };
}

/** Condition paths the tools' schemas do not have, operators that cannot hold, require on optional arguments. */
export function conditionsAgainstSchemas(context: ReviewContext): UnplacedFinding[] {
  const decidedBy = new Map<string, ReviewedTool[]>();
  for (const tool of context.tools) {
    const { rule, treatment } = tool.treatment;
    if (rule === null || treatment === 'deny' || treatment === 'hidden') continue;
    const list = decidedBy.get(rule) ?? [];
    list.push(tool);
    decidedBy.set(rule, list);
  }
  const findings: UnplacedFinding[] = [];
  for (const [key, tools] of decidedBy) {
    const rule = context.policy.tools[key] as Rule;
    for (const list of ['require', 'deny_if'] as const) {
      rule[list]?.forEach((condition, index) => {
        const at = ['tools', key, list, index];
        const lookups = tools.map((t) => lookUpPath(t.tool.inputSchema, condition.path));
        findings.push(...checkCondition(key, list, index, condition, lookups, tools, at));
      });
    }
  }
  return findings;
}

function checkCondition(
  key: string,
  list: List,
  index: number,
  condition: Condition,
  lookups: SchemaLookup[],
  tools: readonly ReviewedTool[],
  at: (string | number)[],
): UnplacedFinding[] {
  const whose =
    tools.length === 1
      ? `${tools[0]!.name}'s input schema`
      : 'the input schemas of the tools this rule decides';
  const unknown = lookups.filter((l) => l.kind === 'unknown');
  if (unknown.length > 0 && unknown.length === lookups.length) {
    const first = unknown[0]!;
    return [
      {
        code: 'condition-unknown-argument',
        severity: 'warning',
        message: `${condition.path}: "${first.segment}" is not an argument in ${whose} (it has ${first.known.length === 0 ? 'none' : first.known.join(', ')}), so this condition never sees a value.`,
        path: [...at, 'path'],
        anchor: 'value',
        fix: typoFix(key, list, index, condition, first),
      },
    ];
  }
  const found = lookups.filter((l) => l.kind === 'found');
  if (found.length === 0 || found.length !== lookups.length) return [];
  const findings: UnplacedFinding[] = [];
  const allowed = OPERATOR_TYPES[condition.op];
  const types = found.map((l) => schemaTypes(l.schema));
  if (
    allowed !== undefined &&
    types.every((t) => t.length > 0 && !t.some((type) => allowed.includes(type)))
  ) {
    findings.push({
      code: 'condition-type-mismatch',
      severity: 'warning',
      message: `"${condition.op}" cannot hold on ${condition.path}, which is ${types[0]!.join(' or ')} in ${whose}: it is false for every call.`,
      path: [...at, 'op'],
      anchor: 'value',
    });
  }
  if (list === 'require' && !holdsWhenMissing(condition) && found.some((l) => !l.required)) {
    findings.push({
      code: 'require-optional-argument',
      severity: 'warning',
      message: `${condition.path} is optional in ${whose}, so every call without it is denied by this require.`,
      path: [...at, 'path'],
      anchor: 'value',
    });
  }
  return findings;
}
