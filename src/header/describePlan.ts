import type { RuleChanges } from '../core';
import { plural } from '../ui/plural';

/** What applying the recommended policy does to the rules and the default. */
export interface Plan {
  changes: RuleChanges;
  setsDefault: boolean;
}

/** What applying changes, in one sentence for the confirmation. */
export function describePlan({ changes, setsDefault }: Plan): string {
  const parts: string[] = [];
  if (changes.changed > 0 || (changes.added === 0 && !setsDefault)) {
    parts.push(`changes ${plural(changes.changed, 'existing rule', 'existing rules')}`);
  }
  if (changes.added > 0) parts.push(`adds ${plural(changes.added, 'rule')}`);
  if (setsDefault) parts.push('sets the default decision to deny');
  const last = parts.pop();
  const list = parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
  return `This ${list}. Rules for other names, hidden tools and limits for all tools stay as they are.`;
}
