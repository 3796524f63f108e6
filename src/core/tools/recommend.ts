import { distinctName, rateCounterName } from '../counterName';
import { isPattern } from '../patterns';
import { MAX_NAME_LENGTH } from '../schema';
import type { Policy, Rule } from '../schema';
import { classifyTool } from './classify';
import type { Category, Tool } from './tool';

const WRITE_MAX = 30;
const FINANCIAL_MAX = 10;

function ruleFor(category: Category, counter: string): Rule {
  const limit = (max: number) => ({
    counter,
    window: 'minute' as const,
    max,
    scope: 'grant' as const,
  });
  switch (category) {
    case 'Read':
      return {};
    case 'Write':
      return { limits: [limit(WRITE_MAX)] };
    case 'Execute':
    case 'Destructive':
      return { action: 'approval', limits: [limit(WRITE_MAX)] };
    case 'Financial':
      return { action: 'approval', limits: [limit(FINANCIAL_MAX)] };
  }
}

/** The recommended policy for a tool list: default deny, a rule per tool by its risk. */
export function recommendPolicy(tools: readonly Tool[]): Policy {
  const rules: Record<string, Rule> = {};
  const counters = new Set<string>();
  for (const tool of tools) {
    const name = tool.name;
    // A name with `*` would be a pattern and cover other tools; such a tool falls to the default.
    // Names a policy cannot hold, and repeats (the first is kept), get no rule either.
    if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_LENGTH) continue;
    if (isPattern(name) || Object.hasOwn(rules, name)) continue;
    const { category } = classifyTool(tool);
    let counter = '';
    if (category !== 'Read') {
      counter = distinctName(rateCounterName(name), counters);
      counters.add(counter);
    }
    // defineProperty, so that `__proto__` is an ordinary tool name and not a prototype change.
    Object.defineProperty(rules, name, {
      value: ruleFor(category, counter),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { version: '1', default: 'deny', tools: rules };
}
