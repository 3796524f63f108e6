import { Ban, CircleCheck, CircleDashed, EyeOff, Hourglass } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Tone } from './Badge';

type Decision = 'default' | 'allow' | 'approval' | 'deny' | 'hide';

/** Each decision's colour and icon, the same wherever a decision shows. */
export const DECISION_LOOK: Readonly<Record<Decision, { tone: Tone; icon: ReactNode }>> = {
  default: { tone: 'neutral', icon: <CircleDashed /> },
  allow: { tone: 'allow', icon: <CircleCheck /> },
  approval: { tone: 'approval', icon: <Hourglass /> },
  deny: { tone: 'deny', icon: <Ban /> },
  hide: { tone: 'hide', icon: <EyeOff /> },
};
