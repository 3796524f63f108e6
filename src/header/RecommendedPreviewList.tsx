import type { EffectiveDecision, RecommendedPreview } from '../core';
import { Badge } from '../ui/design';
import { DECISION_LOOK } from '../ui/design/decisions';
import { plural } from '../ui/plural';

/** Names listed per move; the rest are counted, so 5,000 tools stay one short dialog. */
export const NAMES_SHOWN = 50;

const LABELS: Readonly<Record<EffectiveDecision, string>> = {
  allow: 'Allow',
  approval: 'Approval',
  deny: 'Deny',
  hide: 'Hide',
};

/** Where the loaded tools end up, by decision, with the tools that move from what to what. */
export function RecommendedPreviewList({ preview }: { preview: RecommendedPreview }) {
  return (
    <ul className="recommended-preview" aria-label="Decisions after applying">
      {preview.buckets.map((bucket) => (
        <li key={bucket.decision} data-decision={bucket.decision}>
          <div className="recommended-bucket">
            <Badge tone={DECISION_LOOK[bucket.decision].tone}>{LABELS[bucket.decision]}</Badge>
            <span>
              {plural(bucket.total, 'tool')}
              {bucket.unchanged > 0 && bucket.unchanged < bucket.total && (
                <> ({bucket.unchanged} unchanged)</>
              )}
              {bucket.total > 0 && bucket.unchanged === bucket.total && <> (unchanged)</>}
            </span>
          </div>
          {bucket.moves.length > 0 && (
            <ul className="recommended-moves">
              {bucket.moves.map((move) => (
                <li key={move.from}>
                  <details>
                    <summary>
                      {plural(move.names.length, 'tool')} {LABELS[move.from]} → {LABELS[move.to]}
                    </summary>
                    <ul className="recommended-names">
                      {move.names.slice(0, NAMES_SHOWN).map((name) => (
                        <li key={name}>{name}</li>
                      ))}
                    </ul>
                    {move.names.length > NAMES_SHOWN && (
                      <p className="hint">and {move.names.length - NAMES_SHOWN} more</p>
                    )}
                  </details>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
