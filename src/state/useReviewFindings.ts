import { usePolicyStore } from './policyStore';
import { reviewOf } from './reviewFindings';

/** The review findings of the current document (none while the text has errors). */
export function useReviewFindings() {
  const policy = usePolicyStore((s) => s.policy);
  const tools = usePolicyStore((s) => s.tools);
  const text = usePolicyStore((s) => s.text);
  const valid = usePolicyStore((s) => s.valid);
  return reviewOf({ policy, tools, text, valid });
}
