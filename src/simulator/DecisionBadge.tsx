import type { DecisionKind } from '../core';

/** The decision's own word (allow, deny, approval, rate_limited), coloured by kind. */
export function DecisionBadge({ decision }: { decision: DecisionKind }) {
  return (
    <span className="sim-badge" data-decision={decision}>
      {decision}
    </span>
  );
}
