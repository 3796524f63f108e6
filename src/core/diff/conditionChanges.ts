import type { Condition } from '../schema';
import { jsonEqual } from '../simulate/jsonEqual';

/** A condition that one policy has and the other does not (compared as JSON values). */
export interface ConditionChange {
  list: 'require' | 'deny_if';
  change: 'added' | 'removed';
  condition: Condition;
}

function missingFrom(
  list: ConditionChange['list'],
  change: ConditionChange['change'],
  from: readonly Condition[],
  other: readonly Condition[],
): ConditionChange[] {
  const left = [...other];
  const out: ConditionChange[] = [];
  for (const condition of from) {
    const i = left.findIndex((c) => jsonEqual(c, condition));
    if (i === -1) out.push({ list, change, condition });
    else left.splice(i, 1);
  }
  return out;
}

/** The require and deny_if conditions removed from and added to one rule. */
export function conditionChanges(
  before: { require: readonly Condition[]; denyIf: readonly Condition[] },
  after: { require: readonly Condition[]; denyIf: readonly Condition[] },
): ConditionChange[] {
  return [
    ...missingFrom('require', 'removed', before.require, after.require),
    ...missingFrom('deny_if', 'removed', before.denyIf, after.denyIf),
    ...missingFrom('require', 'added', after.require, before.require),
    ...missingFrom('deny_if', 'added', after.denyIf, before.denyIf),
  ];
}

/** A condition for people: `require args.path eq "x"`. */
export function describeCondition(change: ConditionChange): string {
  const { path, op } = change.condition;
  const value = 'value' in change.condition ? change.condition.value : undefined;
  const shown = value === undefined ? '' : ` ${clip(JSON.stringify(value))}`;
  return `${change.list} condition ${path} ${op}${shown} ${change.change}`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
