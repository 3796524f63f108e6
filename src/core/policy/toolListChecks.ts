import type { Finding } from '../findings';
import { quote } from '../json';
import { isPattern, matchesPattern } from '../patterns';
import type { Policy } from '../schema';
import type { Tool } from '../tools/tool';
import type { Locator } from './locate';

/** The first index in sorted `names` not before `prefix`. */
function lowerBound(names: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a pattern matches any name; only names sharing its literal prefix are tried. */
function matchesAny(pattern: string, sorted: readonly string[]): boolean {
  const prefix = pattern.slice(0, pattern.indexOf('*'));
  for (let i = lowerBound(sorted, prefix); i < sorted.length; i++) {
    const name = sorted[i] as string;
    if (!name.startsWith(prefix)) return false;
    if (matchesPattern(pattern, name)) return true;
  }
  return false;
}

/** Warnings for rule keys and hide entries that name no tool of the loaded list. */
export function toolListWarnings(
  policy: Policy,
  toolKeys: readonly string[],
  tools: readonly Tool[],
  locator: Locator,
): Finding[] {
  const findings: Finding[] = [];
  const names = new Set(tools.map((t) => t.name));
  let sorted: string[] | null = null;
  const check = (entry: string, path: (string | number)[], anchor: 'key' | 'value'): void => {
    if (isPattern(entry)) {
      sorted ??= [...names].sort();
      if (matchesAny(entry, sorted)) return;
      const message = `Pattern ${quote(entry)} matches no tool in the loaded tool list`;
      findings.push(locator.at('warning', message, path, anchor));
    } else if (!names.has(entry)) {
      const message = `No tool named ${quote(entry)} in the loaded tool list`;
      findings.push(locator.at('warning', message, path, anchor));
    }
  };
  for (const tool of toolKeys) check(tool, ['tools', tool], 'key');
  if (Array.isArray(policy.hide))
    policy.hide.forEach((entry, i) => check(entry, ['hide', i], 'value'));
  return findings;
}
