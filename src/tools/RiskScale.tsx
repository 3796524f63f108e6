import { Signal, SignalHigh, SignalLow, SignalMedium } from 'lucide-react';
import type { Risk } from '../core';

const ICONS: Readonly<Record<Risk, typeof Signal>> = {
  Low: SignalLow,
  Medium: SignalMedium,
  High: SignalHigh,
  Critical: Signal,
};

/** Risk as a 4-step scale: one more bar and a warmer colour per step. */
export function RiskScale({ risk, because }: { risk: Risk; because: string }) {
  const Icon = ICONS[risk];
  return (
    <span className="risk-scale" data-risk={risk} title={because}>
      <Icon aria-hidden="true" />
      {risk} risk
    </span>
  );
}
