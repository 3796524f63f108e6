import { reviewPolicy, type Policy, type ReviewFinding, type ReviewFix, type Tool } from '../core';
import { usePolicyStore } from './policyStore';

let last: {
  policy: Policy;
  tools: readonly Tool[];
  text: string;
  findings: ReviewFinding[];
} | null = null;

/**
 * The fix of a review finding. Findings reviewed in the check worker arrive without their fix
 * (a function does not cross threads): the current document is reviewed again here, once per
 * document, and the same finding's fix is taken from that.
 */
export function fixOf(finding: ReviewFinding): ReviewFix | undefined {
  if (finding.fix) return finding.fix;
  if (finding.fixTitle === undefined) return undefined;
  const { policy, tools, text } = usePolicyStore.getState();
  if (last === null || last.policy !== policy || last.tools !== tools || last.text !== text) {
    last = { policy, tools, text, findings: reviewPolicy(policy, tools, { text }) };
  }
  return last.findings.find(
    (f) =>
      f.code === finding.code &&
      f.line === finding.line &&
      f.column === finding.column &&
      f.message === finding.message,
  )?.fix;
}
