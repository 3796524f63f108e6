import { setDecisions } from '../../edits/decision';
import { removeRule } from '../../edits/rules';
import { isPattern, patternMatcher } from '../../patterns';
import { RISKS, type Risk } from '../../tools/tool';
import { riskLevel, someNames, type ReviewContext, type ReviewedTool } from '../context';
import type { UnplacedFinding } from '../types';

/** The loaded tools each pattern key matches, in list order. */
function matchesOf(context: ReviewContext, key: string): ReviewedTool[] {
  const matches = patternMatcher(key);
  return context.tools.filter((t) => matches(t.name));
}

/** The risk most tools share (a tie goes to the lower risk). */
function commonRisk(tools: readonly ReviewedTool[]): Risk {
  const counts = RISKS.map((risk) => tools.filter((t) => t.classification.risk === risk).length);
  let best = 0;
  counts.forEach((count, i) => {
    if (count > (counts[best] ?? 0)) best = i;
  });
  return RISKS[best]!;
}

/**
 * A pattern that allows tools of higher risk than most of its matches: the `get_*` that also
 * catches `get_and_delete_x`.
 */
export function patternsAllowingRiskier(context: ReviewContext): UnplacedFinding[] {
  const findings: UnplacedFinding[] = [];
  for (const [key, rule] of Object.entries(context.policy.tools)) {
    if (!isPattern(key) || (rule.action ?? 'allow') !== 'allow') continue;
    const decided = matchesOf(context, key).filter((t) => t.treatment.rule === key);
    if (decided.length < 2) continue;
    const common = commonRisk(decided);
    const riskier = decided.filter((t) => riskLevel(t.classification.risk) > riskLevel(common));
    if (riskier.length === 0) continue;
    const names = riskier.map((t) => t.name);
    const shown = riskier
      .slice(0, 3)
      .map((t) => `${t.name} (${t.classification.category})`)
      .join(', ');
    const more = riskier.length > 3 ? ` and ${riskier.length - 3} more` : '';
    const rest = decided.length - riskier.length;
    const fixable = names.filter((name) => !isPattern(name));
    findings.push({
      code: 'pattern-allows-riskier-tool',
      severity: 'warning',
      message: `The pattern "${key}" allows ${shown}${more}, of higher risk than its other ${rest} match${rest === 1 ? '' : 'es'} (${common}).`,
      path: ['tools', key],
      anchor: 'key',
      fix:
        fixable.length === 0
          ? undefined
          : {
              title: `Ask for approval for ${someNames(fixable)}`,
              apply: (policy) => setDecisions(policy, fixable, 'approval'),
            },
    });
  }
  return findings;
}

/**
 * Pattern rules that decide for none of the loaded tools they match: each has its own rule, a
 * more specific pattern, or is hidden. (Exact rules of hidden tools are parsePolicy's warning.)
 */
export function rulesNeverReached(context: ReviewContext): UnplacedFinding[] {
  const findings: UnplacedFinding[] = [];
  for (const key of Object.keys(context.policy.tools)) {
    if (!isPattern(key)) continue;
    const matches = matchesOf(context, key);
    // A pattern matching no tool at all is already parsePolicy's warning.
    if (matches.length === 0 || matches.some((t) => t.treatment.rule === key)) continue;
    const hidden = matches.filter((t) => t.treatment.treatment === 'hidden').length;
    const elsewhere = matches.length - hidden;
    const parts = [
      elsewhere > 0 ? `${elsewhere} ha${elsewhere === 1 ? 's' : 've'} a more specific rule` : '',
      hidden > 0 ? `${hidden} ${hidden === 1 ? 'is' : 'are'} hidden` : '',
    ].filter((p) => p !== '');
    findings.push({
      code: 'rule-never-reached',
      severity: 'warning',
      message: `The pattern "${key}" decides for none of the ${matches.length} tool${matches.length === 1 ? '' : 's'} it matches: ${parts.join(' and ')}.`,
      path: ['tools', key],
      anchor: 'key',
      fix: { title: `Remove the rule "${key}"`, apply: (policy) => removeRule(policy, key) },
    });
  }
  return findings;
}
