import { setDecision } from '../../edits/decision';
import { isPattern } from '../../patterns';
import { isRisky, reachedBy, someNames, type ReviewContext, type ReviewedTool } from '../context';
import { secretHint } from '../secrets';
import type { UnplacedFinding } from '../types';

/** The most tools that may wait for approval before the queue is too long to read (a share). */
const APPROVAL_SHARE = 0.5;
/** Below this many loaded tools, a share of approvals says little. */
const APPROVAL_MIN_TOOLS = 6;

function approvalFix(tool: ReviewedTool): UnplacedFinding['fix'] {
  // A name with `*` cannot have a rule of its own (it would be a pattern).
  if (isPattern(tool.name)) return undefined;
  return {
    title: `Ask for approval for ${tool.name}`,
    apply: (policy) => setDecision(policy, tool.name, 'approval'),
  };
}

/** Destructive, Financial or Execute tools an agent can call with no approval, condition or limit. */
export function riskyToolsOpen(context: ReviewContext): UnplacedFinding[] {
  return context.tools
    .filter((tool) => isRisky(tool) && tool.treatment.treatment === 'allow')
    .map((tool) => {
      const { how, path } = reachedBy(tool);
      const { category } = tool.classification;
      return {
        code: 'risky-tool-open',
        severity: 'warning',
        message: `${tool.name} is ${article(category)} ${category} tool, and an agent can call it ${how} with no approval, no condition and no limit.`,
        path,
        anchor: path[0] === 'default' ? 'value' : 'key',
        fix: approvalFix(tool),
      };
    });
}

/** Read tools that say they return secrets, open to an agent without approval. */
export function secretReadsOpen(context: ReviewContext): UnplacedFinding[] {
  const findings: UnplacedFinding[] = [];
  for (const tool of context.tools) {
    if (tool.classification.category !== 'Read') continue;
    const { treatment } = tool.treatment;
    if (treatment !== 'allow' && treatment !== 'limited') continue;
    const hint = secretHint(tool.tool);
    if (hint === null) continue;
    const { how, path } = reachedBy(tool);
    findings.push({
      code: 'secret-read-open',
      severity: 'warning',
      message: `${tool.name} reads, but its name or description mentions "${hint}": it may return secrets, and an agent gets them ${how} with no approval.`,
      path,
      anchor: path[0] === 'default' ? 'value' : 'key',
      fix: approvalFix(tool),
    });
  }
  return findings;
}

/** Approval on Read tools (friction without safety), and on most of a server's tools. */
export function approvalFriction(context: ReviewContext): UnplacedFinding[] {
  const findings: UnplacedFinding[] = [];
  const waiting = context.tools.filter((t) => t.treatment.treatment === 'approval');
  for (const tool of waiting) {
    if (tool.classification.category !== 'Read' || secretHint(tool.tool) !== null) continue;
    const { rule } = tool.treatment;
    if (rule === null) continue;
    const own = rule === tool.name;
    findings.push({
      code: 'approval-on-read',
      severity: 'info',
      message: `${tool.name} only reads, yet waits for approval${own ? '' : ` through the pattern "${rule}"`}: friction without much safety.`,
      path: ['tools', rule, 'action'],
      anchor: 'value',
      fix: isPattern(tool.name)
        ? undefined
        : {
            title: `Allow ${tool.name}`,
            apply: (policy) => setDecision(policy, tool.name, 'allow'),
          },
    });
  }
  const total = context.tools.length;
  if (total >= APPROVAL_MIN_TOOLS && waiting.length > total * APPROVAL_SHARE) {
    findings.push({
      code: 'approval-on-most-tools',
      severity: 'info',
      message: `${waiting.length} of ${total} tools wait for approval (${someNames(waiting.map((t) => t.name))}): people rubber-stamp long queues. Keep approval for the tools that matter.`,
      path: ['tools'],
      anchor: 'key',
    });
  }
  return findings;
}

function article(word: string): string {
  return /^[AEIOU]/.test(word) ? 'an' : 'a';
}
