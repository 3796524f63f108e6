import { reviewPolicy, type Policy, type ReviewFinding, type Tool } from '../core';

interface Reviewed {
  policy: Policy;
  tools: readonly Tool[];
  text: string;
  findings: ReviewFinding[];
}

const NONE: ReviewFinding[] = [];
let last: Reviewed | null = null;

/**
 * The review findings of the store's document, computed once per policy, tool list and text
 * (the Problems list, the editor's markers and its code actions all ask). A text with errors
 * has none: the review reads a valid policy, and `policy` is then an older one.
 */
export function reviewOf(state: {
  policy: Policy;
  tools: readonly Tool[];
  text: string;
  valid: boolean;
}): ReviewFinding[] {
  if (!state.valid) return NONE;
  const { policy, tools, text } = state;
  if (last && last.policy === policy && last.tools === tools && last.text === text) {
    return last.findings;
  }
  const findings = reviewPolicy(policy, tools, { text });
  last = { policy, tools, text, findings };
  return findings;
}
