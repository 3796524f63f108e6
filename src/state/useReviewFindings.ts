import type { ReviewFinding } from '../core';
import { usePolicyStore } from './policyStore';

const NONE: ReviewFinding[] = [];

/**
 * The review findings of the current document: none while the text has errors, and the last
 * review until the one of a new policy is ready (a frame after an edit, see documentChecks).
 */
export function useReviewFindings(): ReviewFinding[] {
  return usePolicyStore((s) => (s.valid ? s.review : NONE));
}
