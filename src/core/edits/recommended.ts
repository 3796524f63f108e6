import { distinctName } from '../counterName';
import type { Limit, Policy, Rule } from '../schema';
import { jsonEqual } from '../simulate/jsonEqual';
import { recommendPolicy } from '../tools/recommend';
import type { Tool } from '../tools/tool';
import { valueChanges, type PathChange, type PolicyEdit } from './change';
import { hideMatcher } from './hideMatcher';
import { toolsWithoutRule } from './keepExisting';
import { copyRecord, defineEntry, ownRule } from './objects';

function countersOf(holders: Iterable<{ limits?: readonly Limit[] } | undefined>): Set<string> {
  const names = new Set<string>();
  for (const holder of holders) for (const limit of holder?.limits ?? []) names.add(limit.counter);
  return names;
}

/** How `applyRecommended` treats the draft's own rules. */
export interface RecommendedOptions {
  /** Tools that already have a rule (own or pattern) keep it; only the others get one. */
  keepExisting?: boolean;
}

/**
 * Writes the recommended rule of each tool over the draft and sets the default to deny. Rules
 * for other keys, `hide` and `all_tools` stay; hidden tools get no rule (it would never apply);
 * a recommended counter whose name the rest of the draft already uses gets a distinct name, so
 * no counter ends up shared by accident.
 */
export function applyRecommended(
  policy: Policy,
  tools: readonly Tool[],
  options: RecommendedOptions = {},
): PolicyEdit {
  const targets = options.keepExisting === true ? toolsWithoutRule(policy, tools) : tools;
  const recommended = recommendPolicy(targets).tools;
  const hiddenBy = hideMatcher(policy.hide);
  const keys = Object.keys(recommended).filter((key) => hiddenBy(key) === null);
  const replaced = new Set(keys);

  const kept = Object.keys(policy.tools)
    .filter((key) => !replaced.has(key))
    .map((key) => ownRule(policy.tools, key));
  const taken = countersOf([...kept, policy.all_tools]);

  const changes: PathChange[] = [];
  if (policy.default !== 'deny') changes.push({ path: ['default'], value: 'deny' });
  const next: Record<string, Rule> = copyRecord(policy.tools);
  for (const key of keys) {
    const rule = ownRule(recommended, key) ?? {};
    const limits = rule.limits?.map((limit) => {
      const counter = distinctName(limit.counter, taken);
      taken.add(counter);
      return counter === limit.counter ? limit : { ...limit, counter };
    });
    const written = limits === undefined ? rule : { ...rule, limits };
    const current = ownRule(policy.tools, key);
    if (current === undefined) changes.push({ path: ['tools', key], value: written });
    else valueChanges(changes, ['tools', key], current, written);
    defineEntry(next, key, written);
  }
  return { policy: { ...policy, default: 'deny', tools: next }, changes };
}

/** How the rules differ between two policies: keys added, rules changed, keys removed. */
export interface RuleChanges {
  added: number;
  changed: number;
  removed: number;
}

/** Counts added, changed and removed rules from `before` to `after` (for a confirmation). */
export function countRuleChanges(before: Policy, after: Policy): RuleChanges {
  const counts: RuleChanges = { added: 0, changed: 0, removed: 0 };
  for (const key of Object.keys(before.tools)) {
    if (!Object.hasOwn(after.tools, key)) counts.removed++;
    else if (!jsonEqual(before.tools[key], after.tools[key])) counts.changed++;
  }
  for (const key of Object.keys(after.tools)) if (!Object.hasOwn(before.tools, key)) counts.added++;
  return counts;
}
