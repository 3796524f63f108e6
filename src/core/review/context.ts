import { treatmentFinder, type ToolTreatment } from '../diff/treatment';
import type { Policy } from '../schema';
import { classifyTool } from '../tools/classify';
import { RISKS, type Classification, type Risk, type Tool } from '../tools/tool';

/** One loaded tool as the review sees it: its risk and what the policy does with it. */
export interface ReviewedTool {
  tool: Tool;
  name: string;
  classification: Classification;
  treatment: ToolTreatment;
}

/** What every check needs, computed once per review. */
export interface ReviewContext {
  policy: Policy;
  tools: ReviewedTool[];
  byName: ReadonlyMap<string, ReviewedTool>;
}

/** The loaded tools with their classification and treatment (first of a repeated name kept). */
export function reviewContext(policy: Policy, tools: readonly Tool[]): ReviewContext {
  const treatmentOf = treatmentFinder(policy);
  const byName = new Map<string, ReviewedTool>();
  for (const tool of tools) {
    if (typeof tool.name !== 'string' || byName.has(tool.name)) continue;
    const name = tool.name;
    byName.set(name, {
      tool,
      name,
      classification: classifyTool(tool),
      treatment: treatmentOf(name),
    });
  }
  return { policy, tools: [...byName.values()], byName };
}

/** Low 0 … Critical 3. */
export function riskLevel(risk: Risk): number {
  return RISKS.indexOf(risk);
}

/** Categories an agent should not reach unguarded. */
export function isRisky(tool: ReviewedTool): boolean {
  const { category } = tool.classification;
  return category === 'Destructive' || category === 'Financial' || category === 'Execute';
}

/** "delete_file, drop_table and 3 more": a short list of names for a message. */
export function someNames(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return joinWords(names);
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The tool a rule key reaches: its own key for an exact rule, else the pattern. */
export function rulePath(key: string): (string | number)[] {
  return ['tools', key];
}

/** Where a tool's treatment comes from, for a message and a location. */
export function reachedBy(tool: ReviewedTool): { how: string; path: (string | number)[] } {
  const { rule } = tool.treatment;
  if (rule === null) return { how: 'by the default ("default": "allow")', path: ['default'] };
  if (rule === tool.name) return { how: 'by its own rule', path: ['tools', rule] };
  return { how: `through the pattern "${rule}"`, path: ['tools', rule] };
}
