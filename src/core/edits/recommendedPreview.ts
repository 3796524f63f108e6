import type { DefaultDecision, Policy } from '../schema';
import type { Tool } from '../tools/tool';
import { decisionFinder } from './shownDecision';

/** What a call to a tool ends up as: its action after patterns and the default, or hidden. */
export type EffectiveDecision = 'allow' | 'approval' | 'deny' | 'hide';

/** The effective decisions, in the order a preview lists them. */
export const EFFECTIVE_DECISIONS: readonly EffectiveDecision[] = [
  'allow',
  'approval',
  'deny',
  'hide',
];

/** Tools whose effective decision goes from one to another. */
export interface DecisionMove {
  from: EffectiveDecision;
  to: EffectiveDecision;
  /** In tool-list order. */
  names: string[];
}

/** One decision after the edit: how many tools end there, and how many of them come from elsewhere. */
export interface PreviewBucket {
  decision: EffectiveDecision;
  total: number;
  /** Tools that had this decision before too. */
  unchanged: number;
  /** The tools that come to this decision, by the decision they had. */
  moves: DecisionMove[];
}

/** The effect of an edit on the loaded tools' decisions, for a confirmation. */
export interface RecommendedPreview {
  /** One bucket per effective decision, in `EFFECTIVE_DECISIONS` order. */
  buckets: PreviewBucket[];
  /** Tools whose effective decision changes. */
  changed: number;
  /** The default decision before and after, when it changes. */
  defaultChange: { from: DefaultDecision; to: DefaultDecision } | null;
}

/**
 * A lookup of effective decisions for one policy, the way the tool list shows them with
 * "Default" resolved: hidden, else the applying rule's action, else the policy's default.
 */
export function effectiveDecisionFinder(policy: Policy): (name: string) => EffectiveDecision {
  const shownOf = decisionFinder(policy);
  return (name) => {
    const shown = shownOf(name);
    if (shown.decision !== 'default') return shown.decision;
    return shown.viaAction ?? policy.default;
  };
}

/** Summarises by decision how the loaded tools' effective decisions go from `before` to `after`. */
export function recommendedPreview(
  before: Policy,
  after: Policy,
  tools: readonly Tool[],
): RecommendedPreview {
  const was = effectiveDecisionFinder(before);
  const will = effectiveDecisionFinder(after);
  const buckets = EFFECTIVE_DECISIONS.map((decision): PreviewBucket => ({
    decision,
    total: 0,
    unchanged: 0,
    moves: [],
  }));
  const bucketOf = new Map(buckets.map((b) => [b.decision, b]));
  const moves = new Map<string, DecisionMove>();
  const seen = new Set<string>();
  let changed = 0;
  for (const { name } of tools) {
    if (seen.has(name)) continue;
    seen.add(name);
    const from = was(name);
    const to = will(name);
    const bucket = bucketOf.get(to);
    if (bucket === undefined) continue;
    bucket.total++;
    if (from === to) {
      bucket.unchanged++;
      continue;
    }
    changed++;
    const key = `${from}>${to}`;
    const move = moves.get(key);
    if (move) move.names.push(name);
    else moves.set(key, { from, to, names: [name] });
  }
  const rank = (d: EffectiveDecision) => EFFECTIVE_DECISIONS.indexOf(d);
  for (const move of [...moves.values()].sort((a, b) => rank(a.from) - rank(b.from))) {
    bucketOf.get(move.to)?.moves.push(move);
  }
  const defaultChange =
    before.default === after.default ? null : { from: before.default, to: after.default };
  return { buckets, changed, defaultChange };
}
