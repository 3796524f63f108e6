import { useId, type ReactNode } from 'react';
import type { Tone } from './Badge';

export interface Segment<T extends string> {
  value: T;
  /** The radio's accessible name ("Allow"). */
  label: string;
  /** What shows instead of the label, e.g. "Default (deny)"; the name stays `label`. */
  display?: ReactNode;
  icon?: ReactNode;
  tone?: Tone;
}

interface SegmentedControlProps<T extends string> {
  /** The group's accessible name, e.g. "Decision for get_user". */
  label: string;
  options: readonly Segment<T>[];
  /** The chosen segment; null checks none (e.g. a group whose members differ). */
  value: T | null;
  onChange: (value: T) => void;
  disabled?: boolean;
  size?: 'sm' | 'md';
  className?: string;
}

/**
 * Native radios drawn as one segmented control: one Tab stop, arrow keys move and choose, the
 * chosen segment filled in its tone. Native inputs keep the radiogroup semantics for free.
 */
export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
  disabled = false,
  size = 'md',
  className,
}: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <div
      role="radiogroup"
      aria-label={label}
      className={`ui-segmented ${className ?? ''}`}
      data-size={size}
      aria-disabled={disabled || undefined}
    >
      {options.map((option) => (
        <label
          key={option.value}
          className="ui-segment"
          data-value={option.value}
          data-tone={option.tone ?? 'neutral'}
          data-checked={value === option.value || undefined}
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={disabled}
            aria-label={option.display !== undefined ? option.label : undefined}
            onChange={() => onChange(option.value)}
          />
          {option.icon !== undefined && (
            <span className="ui-segment-icon" aria-hidden="true">
              {option.icon}
            </span>
          )}
          <span
            className="ui-segment-label"
            aria-hidden={option.display !== undefined || undefined}
          >
            {option.display ?? option.label}
          </span>
        </label>
      ))}
    </div>
  );
}
