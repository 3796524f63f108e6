import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'accent' | 'allow' | 'approval' | 'deny' | 'hide' | 'limit';

interface BadgeProps {
  tone?: Tone;
  icon?: ReactNode;
  title?: string;
  className?: string;
  children: ReactNode;
}

/** A small label: a category, a count, or a chip for a rule's limits and conditions. */
export function Badge({ tone = 'neutral', icon, title, className, children }: BadgeProps) {
  return (
    <span className={`ui-badge ${className ?? ''}`} data-tone={tone} title={title}>
      {icon !== undefined && (
        <span className="ui-badge-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
    </span>
  );
}
