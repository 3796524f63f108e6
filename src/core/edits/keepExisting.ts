import { ruleFinder } from '../patterns';
import type { Policy } from '../schema';
import type { Tool } from '../tools/tool';

/**
 * The tools the draft has no rule for, neither its own nor a pattern's: the only ones "Keep my
 * rules" lets the recommended policy write. A pattern counts, since an exact rule would
 * override what the person wrote for the whole family of tools.
 */
export function toolsWithoutRule(policy: Policy, tools: readonly Tool[]): Tool[] {
  const findRule = ruleFinder(policy.tools);
  return tools.filter((tool) => findRule(tool.name) === null);
}
