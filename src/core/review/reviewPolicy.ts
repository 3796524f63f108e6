import { parseJson } from '../json';
import { Locator } from '../policy/locate';
import { formatPolicy } from '../policy/formatPolicy';
import type { Policy } from '../schema';
import type { Tool } from '../tools/tool';
import { conditionsAgainstSchemas } from './checks/conditionChecks';
import { defaultAllow } from './checks/defaultChecks';
import {
  countersSharedAcrossRisks,
  limitsNeverBinding,
  writesWithoutGlobalLimit,
} from './checks/limitChecks';
import { patternsAllowingRiskier, rulesNeverReached } from './checks/ruleChecks';
import { approvalFriction, riskyToolsOpen, secretReadsOpen } from './checks/toolChecks';
import { reviewContext } from './context';
import type { ReviewFinding, UnplacedFinding } from './types';

export interface ReviewOptions {
  /** The policy's text, to place findings on it; without it they are placed on `formatPolicy(policy)`. */
  text?: string;
}

const CHECKS = [
  riskyToolsOpen,
  defaultAllow,
  patternsAllowingRiskier,
  conditionsAgainstSchemas,
  limitsNeverBinding,
  countersSharedAcrossRisks,
  rulesNeverReached,
  secretReadsOpen,
  writesWithoutGlobalLimit,
  approvalFriction,
];

/**
 * Reviews a valid policy for safety (advice, not validity): each finding has a stable code, a
 * severity, a plain message, a place (path, line and column) and, where obvious, a fix.
 */
export function reviewPolicy(
  policy: Policy,
  tools: readonly Tool[] = [],
  options: ReviewOptions = {},
): ReviewFinding[] {
  const context = reviewContext(policy, tools);
  const unplaced = CHECKS.flatMap((check) => check(context));
  if (unplaced.length === 0) return [];
  return place(unplaced, options.text, policy);
}

function place(
  unplaced: readonly UnplacedFinding[],
  given: string | undefined,
  policy: Policy,
): ReviewFinding[] {
  let text = given ?? formatPolicy(policy);
  let json = parseJson(text);
  if (!json.ok) {
    // Text that does not parse is not this policy's: place the findings on its formatted form.
    text = formatPolicy(policy);
    json = parseJson(text);
  }
  if (!json.ok) return [];
  const root = json.root;
  const locator = new Locator(text, () => root);
  const placed = unplaced.map((f): ReviewFinding => {
    const at = locator.at(f.severity, f.message, f.path, f.anchor);
    const finding: ReviewFinding = { ...at, severity: f.severity, code: f.code };
    if (f.fix) {
      finding.fix = f.fix;
      finding.fixTitle = f.fix.title;
    }
    return finding;
  });
  return placed.sort((a, b) => a.line - b.line || a.column - b.column);
}
