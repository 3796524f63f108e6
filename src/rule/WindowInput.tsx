import { useId } from 'react';
import { WINDOW_UNITS, windowSeconds, type Window, type WindowUnit } from '../core';
import type { FieldA11y } from './Field';

interface WindowInputProps {
  value: Window | undefined;
  onChange: (value: Window) => void;
  onBlur: () => void;
  a11y: FieldA11y;
}

function isUnit(value: string): value is WindowUnit {
  return (WINDOW_UNITS as readonly string[]).includes(value);
}

/** A window as a unit (`minute`) or a number of seconds. */
export function WindowInput({ value, onChange, onBlur, a11y }: WindowInputProps) {
  const secondsId = useId();
  const inSeconds = typeof value === 'number';
  return (
    <span className="window-input">
      <select
        {...a11y}
        value={inSeconds ? 'seconds' : (value ?? '')}
        onBlur={onBlur}
        onChange={(event) => {
          const next = event.target.value;
          if (isUnit(next)) onChange(next);
          else onChange(value !== undefined && !inSeconds ? windowSeconds(value) : 60);
        }}
      >
        {value === undefined && <option value="">choose…</option>}
        {WINDOW_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {unit}
          </option>
        ))}
        <option value="seconds">seconds…</option>
      </select>
      {inSeconds && (
        <>
          <label htmlFor={secondsId} className="visually-hidden">
            Window in seconds
          </label>
          <input
            id={secondsId}
            type="number"
            min={1}
            step={1}
            className="seconds"
            aria-invalid={a11y['aria-invalid']}
            aria-describedby={a11y['aria-describedby']}
            value={Number.isNaN(value) ? '' : value}
            onBlur={onBlur}
            onChange={(event) => onChange(event.target.valueAsNumber)}
          />
          <span aria-hidden="true">s</span>
        </>
      )}
    </span>
  );
}
