import { useContext, useEffect, useState } from 'react';
import { jsonEqual, type Operator } from '../core';
import type { FieldA11y } from './Field';
import { HoldContext } from './useLiveForm';

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function readJson(text: string): Parsed {
  if (text.trim() === '') {
    return { ok: false, message: 'Enter a value as JSON, e.g. "text", 10, true or ["a", "b"].' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      message: 'Not valid JSON (text needs double quotes: "text"). Nothing is written until it is.',
    };
  }
}

function show(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

interface JsonValueInputProps {
  /** The form field's name, to hold back writes while the text is not JSON. */
  name: string;
  op: Operator | undefined;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  a11y: FieldA11y;
}

/** A condition's value typed as JSON (`exists` gets a choice instead). */
export function JsonValueInput({ name, op, value, onChange, onBlur, a11y }: JsonValueInputProps) {
  const hold = useContext(HoldContext);
  const [text, setText] = useState(() => show(value));
  const [shown, setShown] = useState<unknown>(value);
  // The value changed elsewhere (undo, the editor): show it.
  if (!jsonEqual(value, shown)) {
    setShown(value);
    setText(show(value));
  }
  const parsed = readJson(text);
  const error = op !== 'exists' && !parsed.ok ? parsed.message : null;

  useEffect(() => {
    hold(name, error !== null);
    return () => hold(name, false);
  }, [hold, name, error]);

  if (op === 'exists') {
    return (
      <select
        {...a11y}
        value={value === true ? 'true' : value === false ? 'false' : ''}
        onBlur={onBlur}
        onChange={(event) => {
          const v = event.target.value;
          onChange(v === '' ? undefined : v === 'true');
        }}
      >
        <option value="">must exist (default)</option>
        <option value="true">must exist (true)</option>
        <option value="false">must be missing (false)</option>
      </select>
    );
  }

  const errorId = `${a11y.id}-json`;
  const describedBy = [a11y['aria-describedby'], error ? errorId : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <input
        {...a11y}
        aria-invalid={error !== null || a11y['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="json-input"
        spellCheck={false}
        autoComplete="off"
        value={text}
        onBlur={onBlur}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const result = readJson(next);
          if (result.ok) {
            setShown(result.value);
            onChange(result.value);
          }
        }}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
