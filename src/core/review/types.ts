import type { Finding } from '../findings';
import type { PolicyEdit } from '../edits/change';
import type { Policy } from '../schema';

/** The stable codes of review findings; tools and tests rely on them, so they never change. */
export const REVIEW_CODES = [
  'risky-tool-open',
  'default-allow-risky-tools',
  'default-allow-no-global-limit',
  'pattern-allows-riskier-tool',
  'condition-unknown-argument',
  'condition-type-mismatch',
  'require-optional-argument',
  'limit-never-binds',
  'counter-shared-across-risks',
  'rule-never-reached',
  'secret-read-open',
  'writes-without-global-limit',
  'approval-on-read',
  'approval-on-most-tools',
] as const;
export type ReviewCode = (typeof REVIEW_CODES)[number];

/** A fix the person can apply with one click: a pure edit of the current policy. */
export interface ReviewFix {
  /** What the fix does, as a button or lightbulb title: "Ask for approval for delete_file". */
  title: string;
  apply: (policy: Policy) => PolicyEdit;
}

/**
 * Advice about a valid policy (not a validity problem): a finding located like parsePolicy's,
 * with a stable code and, where one is obvious, a fix. Review findings are never errors.
 */
export interface ReviewFinding extends Finding {
  severity: 'warning' | 'info';
  code: ReviewCode;
  fix?: ReviewFix;
  /**
   * The fix's title, kept when the finding crosses to another thread without its `fix` (a
   * function cannot be copied): the fix is then found again by reviewing on this thread.
   */
  fixTitle?: string;
}

/** Which part of the place a finding marks (as in policy/locate.ts). */
export type ReviewAnchor = 'key' | 'value' | 'start';

/** A finding before it is placed on the text. */
export interface UnplacedFinding {
  code: ReviewCode;
  severity: 'warning' | 'info';
  message: string;
  path: (string | number)[];
  anchor: ReviewAnchor;
  fix?: ReviewFix;
}
