import { useId, useState, type InputHTMLAttributes } from 'react';

/** What a field's text means: a value to keep, or why it is not one yet. */
export type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur'>;

interface DraftInputProps<T> extends NativeProps {
  /** The value written out, as the field shows it when not being edited. */
  text: string;
  read: (text: string) => Reading<T>;
  onCommit: (value: T) => void;
}

/**
 * A text field for a value that must parse (JSON, a number, a time): while the text does not
 * parse it stays as typed and is marked invalid, and nothing is committed; each text that
 * parses is committed at once, so results follow typing.
 */
export function DraftInput<T>({ text, read, onCommit, ...rest }: DraftInputProps<T>) {
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? text;
  const reading = draft === null ? null : read(draft);
  const problem = reading !== null && !reading.ok ? reading.message : undefined;
  const describedBy = [rest['aria-describedby'], problem === undefined ? undefined : errorId]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <input
        {...rest}
        value={shown}
        aria-invalid={problem !== undefined || undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          const r = read(next);
          if (r.ok) onCommit(r.value);
        }}
        onBlur={() => {
          if (draft !== null && read(draft).ok) setDraft(null);
        }}
      />
      {problem !== undefined && (
        <span id={errorId} className="sim-field-error">
          {problem}
        </span>
      )}
    </>
  );
}
