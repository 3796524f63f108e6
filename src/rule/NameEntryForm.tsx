import { useId } from 'react';

export interface NameEntryFormProps {
  label: string;
  submitLabel: string;
  value: string;
  placeholder?: string;
  /** Shown under the field and announced with it; null when there is nothing to say. */
  error: string | null;
  onChange: (value: string) => void;
  onSubmit: () => void;
}

/** One text field for a tool name or pattern, its submit button and its inline error. */
export function NameEntryForm(props: NameEntryFormProps) {
  const errorId = useId();
  const { error } = props;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <label>
        <span>{props.label}</span>
        <input
          value={props.value}
          placeholder={props.placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </label>
      <button type="submit">{props.submitLabel}</button>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </form>
  );
}
