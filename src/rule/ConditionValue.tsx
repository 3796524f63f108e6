import { useId } from 'react';
import type { ValueKind } from '../core';
import type { FieldA11y } from './Field';

interface ScalarInputProps {
  kind: Exclude<ValueKind, 'none'>;
  text: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  /** id, invalid state and description; an entry of a list also gets its own label. */
  a11y: FieldA11y & { 'aria-label'?: string };
}

/**
 * One value as its type asks: text, a number, a true/false choice, or JSON (objects, mixed
 * lists). What is typed stays as typed; the form reads it when it writes.
 */
export function ScalarInput({ kind, text, onChange, onBlur, a11y }: ScalarInputProps) {
  if (kind === 'boolean') {
    return (
      <select
        {...a11y}
        value={text}
        onBlur={onBlur}
        onChange={(event) => onChange(event.target.value)}
      >
        {text !== 'true' && text !== 'false' && <option value="">choose…</option>}
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  }
  return (
    <input
      {...a11y}
      type={kind === 'number' ? 'number' : 'text'}
      step={kind === 'number' ? 'any' : undefined}
      inputMode={kind === 'number' ? 'decimal' : undefined}
      className={kind === 'json' ? 'json-input' : undefined}
      spellCheck={false}
      autoComplete="off"
      value={text}
      onBlur={onBlur}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

interface ValueListProps {
  kind: Exclude<ValueKind, 'none' | 'json'>;
  values: readonly string[];
  onChange: (values: string[]) => void;
  onBlur: () => void;
  /** Describes the list (its error) to each entry. */
  describedBy: string | undefined;
}

/** The values of "is one of": one entry per item, added and removed one by one. */
export function ValueList({ kind, values, onChange, onBlur, describedBy }: ValueListProps) {
  const id = useId();
  return (
    <fieldset className="value-list">
      <legend>Values</legend>
      {values.map((text, i) => (
        <span key={`${kind}-${i}`} className="value-entry">
          <ScalarInput
            kind={kind}
            text={text}
            onBlur={onBlur}
            onChange={(next) => onChange(values.map((v, j) => (j === i ? next : v)))}
            a11y={{
              id: `${id}-${i}`,
              'aria-label': `Value ${i + 1}`,
              'aria-invalid': undefined,
              'aria-describedby': describedBy,
            }}
          />
          <button type="button" onClick={() => onChange(values.filter((_, j) => j !== i))}>
            Remove value {i + 1}
          </button>
        </span>
      ))}
      <button type="button" onClick={() => onChange([...values, ''])}>
        Add value
      </button>
    </fieldset>
  );
}
