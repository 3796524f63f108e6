import { setDefault } from '../../edits/rules';
import { isRisky, someNames, type ReviewContext } from '../context';
import { withGlobalLimit, PROPOSED_GLOBAL_MAX } from '../globalLimit';
import type { UnplacedFinding } from '../types';

/** `default: "allow"` on a server with risky tools, or with no all_tools limit. */
export function defaultAllow(context: ReviewContext): UnplacedFinding[] {
  const { policy } = context;
  if (policy.default !== 'allow') return [];
  const findings: UnplacedFinding[] = [];
  const risky = context.tools.filter(isRisky).map((t) => t.name);
  if (risky.length > 0) {
    findings.push({
      code: 'default-allow-risky-tools',
      severity: 'warning',
      message: `"default": "allow" lets an agent call any tool without a rule, and this server has ${risky.length} destructive, financial or execute tool${risky.length === 1 ? '' : 's'} (${someNames(risky)}).`,
      path: ['default'],
      anchor: 'value',
      fix: { title: 'Deny tools without a rule', apply: (p) => setDefault(p, 'deny') },
    });
  }
  if ((policy.all_tools?.limits ?? []).length === 0) {
    findings.push({
      code: 'default-allow-no-global-limit',
      severity: 'warning',
      message:
        '"default": "allow" with no all_tools limit: tools without a rule can be called as often as an agent likes.',
      path: ['default'],
      anchor: 'value',
      fix: {
        title: `Add an all_tools limit of ${PROPOSED_GLOBAL_MAX} calls a minute`,
        apply: withGlobalLimit,
      },
    });
  }
  return findings;
}
