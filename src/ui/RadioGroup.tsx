import { useId } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
}

interface RadioGroupProps<T extends string> {
  /** The group's accessible name, e.g. "Decision for get_user". */
  label: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  className?: string;
}

/** Native radios under one name: one Tab stop, arrow keys move and choose. */
export function RadioGroup<T extends string>({
  label,
  options,
  value,
  onChange,
  disabled = false,
  className,
}: RadioGroupProps<T>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className={`radio-group ${className ?? ''}`}>
      {options.map((option) => (
        <label key={option.value} className="radio-option" data-value={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={disabled}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
