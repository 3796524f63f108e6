import { Gauge } from 'lucide-react';
import type { ReactNode } from 'react';
import type { DecisionKind } from '../core';
import { Badge, type Tone } from '../ui/design';
import { DECISION_LOOK } from '../ui/design/decisions';

const LOOK: Readonly<Record<DecisionKind, { tone: Tone; icon: ReactNode }>> = {
  allow: DECISION_LOOK.allow,
  deny: DECISION_LOOK.deny,
  approval: DECISION_LOOK.approval,
  rate_limited: { tone: 'limit', icon: <Gauge /> },
};

/** The decision's own word (allow, deny, approval, rate_limited) in the shared badge, never wrapped. */
export function DecisionBadge({ decision }: { decision: DecisionKind }) {
  const look = LOOK[decision];
  return (
    <Badge className="sim-badge" tone={look.tone} icon={look.icon}>
      {decision}
    </Badge>
  );
}
