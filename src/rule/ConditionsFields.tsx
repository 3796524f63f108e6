import { useId } from 'react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { OPERATORS, type Condition } from '../core';
import { Field, type FieldA11y } from './Field';
import { JsonValueInput } from './JsonValueInput';

interface ConditionsValues {
  require?: Condition[];
  deny_if?: Condition[];
}

type ListName = keyof ConditionsValues;

const TITLES: Readonly<Record<ListName, { legend: string; item: string; hint: string }>> = {
  require: { legend: 'Require', item: 'Require', hint: 'All must hold, else the call is denied.' },
  deny_if: { legend: 'Deny if', item: 'Deny if', hint: 'Any that holds denies the call.' },
};

interface ConditionValueProps {
  name: ListName;
  index: number;
  a11y: FieldA11y;
}

// Its own component, so that watching the operator re-renders only this value.
function ConditionValue({ name, index, a11y }: ConditionValueProps) {
  const { control } = useFormContext<ConditionsValues>();
  const op = useWatch({ control, name: `${name}.${index}.op` });
  return (
    <Controller
      control={control}
      name={`${name}.${index}.value`}
      render={({ field }) => (
        <JsonValueInput
          name={field.name}
          op={op}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          a11y={a11y}
        />
      )}
    />
  );
}

interface ConditionsFieldsProps {
  name: ListName;
  /** Suggested paths from the tool's input schema. */
  paths: readonly string[];
}

/** `require` or `deny_if` of the surrounding rule form: path, operator and JSON value each. */
export function ConditionsFields({ name, paths }: ConditionsFieldsProps) {
  const { control, register, formState } = useFormContext<ConditionsValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const listId = useId();
  const errors = formState.errors[name];
  const titles = TITLES[name];

  return (
    <fieldset className="conditions">
      <legend>{titles.legend}</legend>
      <p className="hint">{titles.hint}</p>
      <datalist id={listId}>
        {paths.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {fields.map((field, i) => {
        const e = errors?.[i];
        return (
          <fieldset key={field.id} className="condition">
            <legend>
              {titles.item} {i + 1}
            </legend>
            <Field label="Path" error={e?.path?.message}>
              {(a11y) => (
                <input
                  {...a11y}
                  {...register(`${name}.${i}.path`)}
                  list={listId}
                  autoComplete="off"
                  spellCheck={false}
                />
              )}
            </Field>
            <Field label="Operator" error={e?.op?.message}>
              {(a11y) => (
                <select {...a11y} {...register(`${name}.${i}.op`)}>
                  {OPERATORS.map((op) => (
                    <option key={op} value={op}>
                      {op}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Value (JSON)" error={e?.value?.message}>
              {(a11y) => <ConditionValue name={name} index={i} a11y={a11y} />}
            </Field>
            <button type="button" onClick={() => remove(i)}>
              Remove {titles.item.toLowerCase()} {i + 1}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => append({ path: paths[0] ?? 'args.', op: 'exists' })}>
        Add {titles.item.toLowerCase()} condition
      </button>
    </fieldset>
  );
}
