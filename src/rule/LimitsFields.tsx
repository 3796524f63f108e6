import { useId, useState } from 'react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { SCOPES, type Limit } from '../core';
import { Field } from './Field';
import { WindowInput } from './WindowInput';

interface LimitsValues {
  limits?: Limit[];
}

interface LimitsFieldsProps {
  legend: string;
  /**
   * Counter names already in the policy (suggested, to share a budget). Asked for when a
   * counter field gets the focus: a 5,000-rule policy has 5,000 of them, too many to gather
   * and render on every edit.
   */
  counters: () => readonly string[];
  /** The counter name a new limit starts with (asked for when one is added). */
  newCounter: () => string;
}

/** The `limits` of the surrounding form: counter, window, max and scope per limit. */
export function LimitsFields({ legend, counters, newCounter }: LimitsFieldsProps) {
  const { control, register, formState } = useFormContext<LimitsValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'limits' });
  const listId = useId();
  const errors = formState.errors.limits;
  const [suggested, setSuggested] = useState<readonly string[]>([]);

  return (
    <fieldset className="limits">
      <legend>{legend}</legend>
      <datalist id={listId}>
        {suggested.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {fields.length === 0 && <p className="hint">No limits.</p>}
      {fields.map((field, i) => {
        const e = errors?.[i];
        return (
          <fieldset key={field.id} className="limit">
            <legend>Limit {i + 1}</legend>
            <Field label="Counter" error={e?.counter?.message}>
              {(a11y) => (
                <input
                  {...a11y}
                  {...register(`limits.${i}.counter`)}
                  list={listId}
                  onFocus={() => setSuggested(counters())}
                  onMouseDown={() => setSuggested(counters())}
                  autoComplete="off"
                  spellCheck={false}
                />
              )}
            </Field>
            <Field label="Window" error={e?.window?.message}>
              {(a11y) => (
                <Controller
                  control={control}
                  name={`limits.${i}.window`}
                  render={({ field: f }) => (
                    <WindowInput
                      value={f.value}
                      onChange={f.onChange}
                      onBlur={f.onBlur}
                      a11y={a11y}
                    />
                  )}
                />
              )}
            </Field>
            <Field label="Max calls per window" error={e?.max?.message}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="number"
                  min={1}
                  step={1}
                  {...register(`limits.${i}.max`, { valueAsNumber: true })}
                />
              )}
            </Field>
            <Field label="Scope" error={e?.scope?.message}>
              {(a11y) => (
                <select
                  {...a11y}
                  {...register(`limits.${i}.scope`, {
                    setValueAs: (v: string) => (v === '' ? undefined : v),
                  })}
                >
                  {SCOPES.map((s) => (
                    <option key={s} value={s}>
                      {s === 'grant'
                        ? 'grant (per credential)'
                        : s === 'session'
                          ? 'session'
                          : 'global'}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="button" onClick={() => remove(i)}>
              Remove limit {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => append({ counter: newCounter(), window: 'minute', max: 30, scope: 'grant' })}
      >
        Add limit
      </button>
    </fieldset>
  );
}
