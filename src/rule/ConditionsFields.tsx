import { useId, useMemo } from 'react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import {
  argumentTypes,
  CONDITION_WORD_LABELS,
  CONDITION_WORDS,
  draftCondition,
  EMPTY_DRAFT,
  isListWord,
  redraft,
  type ConditionDraft,
  type ConditionWord,
} from '../core';
import { Field } from './Field';
import { ScalarInput, ValueList } from './ConditionValue';

interface ConditionsValues {
  require?: ConditionDraft[];
  deny_if?: ConditionDraft[];
}

type ListName = keyof ConditionsValues;

const TITLES: Readonly<Record<ListName, { legend: string; item: string; hint: string }>> = {
  require: { legend: 'Require', item: 'Require', hint: 'All must hold, else the call is denied.' },
  deny_if: { legend: 'Deny if', item: 'Deny if', hint: 'Any that holds denies the call.' },
};

function isWord(value: string): value is ConditionWord {
  return (CONDITION_WORDS as readonly string[]).includes(value);
}

interface ConditionRowProps {
  name: ListName;
  index: number;
  /** The datalist of suggested paths. */
  listId: string;
  inputSchemas: readonly unknown[];
  onRemove: () => void;
}

// Its own component, so that watching one condition re-renders only its row.
function ConditionRow({ name, index, listId, inputSchemas, onRemove }: ConditionRowProps) {
  const { control, register, getValues, setValue, formState } = useFormContext<ConditionsValues>();
  const row = `${name}.${index}` as const;
  const draft = useWatch({ control, name: row }) ?? EMPTY_DRAFT;
  const types = useMemo(() => argumentTypes(inputSchemas, draft.path), [inputSchemas, draft.path]);
  const errors = formState.errors[name]?.[index];
  const noteId = useId();
  const titles = TITLES[name];
  const result = draftCondition(draft);
  const note = !result.ok
    ? `Not written yet: this condition ${result.problem}.`
    : errors
      ? 'Not written yet: fix the marked field.'
      : null;

  const valuesError = errors?.values?.message;
  const valuesErrorId = `${noteId}-values`;
  const { word, kind } = draft;
  const listKind =
    word !== '' && isListWord(word) && kind !== 'json' && kind !== 'none' ? kind : null;
  const scalarKind = word !== '' && listKind === null && kind !== 'none' ? kind : null;

  const rewrite = (next: ConditionDraft) =>
    setValue(row, next, { shouldDirty: true, shouldValidate: true });

  return (
    <fieldset
      className={`condition${note ? ' condition-unwritten' : ''}`}
      aria-describedby={note ? noteId : undefined}
    >
      <legend>
        {titles.item} {index + 1}
      </legend>
      <Field label="Path" error={errors?.path?.message}>
        {(a11y) => (
          <input
            {...a11y}
            {...register(`${row}.path`, {
              onChange: () => {
                const current = getValues(row);
                if (current?.word) {
                  rewrite(
                    redraft(current, current.word, argumentTypes(inputSchemas, current.path)),
                  );
                }
              },
            })}
            list={listId}
            placeholder="args.name"
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <Field label="Operator" error={errors?.word?.message}>
        {(a11y) => (
          <select
            {...a11y}
            value={draft.word}
            onChange={(event) => {
              const word = event.target.value;
              const current = getValues(row) ?? EMPTY_DRAFT;
              rewrite(redraft(current, isWord(word) ? word : '', types));
            }}
          >
            {draft.word === '' && <option value="">choose…</option>}
            {CONDITION_WORDS.map((word) => (
              <option key={word} value={word}>
                {CONDITION_WORD_LABELS[word]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {listKind !== null ? (
        <div className="form-field value-list-field">
          <Controller
            control={control}
            name={`${row}.values`}
            render={({ field }) => (
              <ValueList
                kind={listKind}
                values={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                describedBy={valuesError ? valuesErrorId : undefined}
              />
            )}
          />
          {valuesError && (
            <span id={valuesErrorId} className="field-error">
              {valuesError}
            </span>
          )}
        </div>
      ) : scalarKind !== null ? (
        <Field
          label={scalarKind === 'json' ? 'Value (JSON)' : 'Value'}
          hint={scalarKind === 'json' ? 'As JSON: "text", 10, true, ["a", "b"] or {…}' : undefined}
          error={valuesError}
        >
          {(a11y) => (
            <Controller
              control={control}
              name={`${row}.values`}
              render={({ field }) => (
                <ScalarInput
                  // A new element for a new kind: a text box does not turn into a number box.
                  key={scalarKind}
                  kind={scalarKind}
                  text={field.value?.[0] ?? ''}
                  onChange={(text) => field.onChange([text])}
                  onBlur={field.onBlur}
                  a11y={a11y}
                />
              )}
            />
          )}
        </Field>
      ) : null}
      {note && (
        <p id={noteId} className="condition-note">
          {note}
        </p>
      )}
      <button type="button" onClick={onRemove}>
        Remove {titles.item.toLowerCase()} {index + 1}
      </button>
    </fieldset>
  );
}

interface ConditionsFieldsProps {
  name: ListName;
  /** Suggested paths from the tool's input schema. */
  paths: readonly string[];
  /** The input schemas of the tools the rule applies to: the value input follows their types. */
  inputSchemas: readonly unknown[];
}

/**
 * `require` or `deny_if` of the surrounding rule form: path, operator in words and a value
 * typed as the argument is, each. A condition is written only once it is complete.
 */
export function ConditionsFields({ name, paths, inputSchemas }: ConditionsFieldsProps) {
  const { control } = useFormContext<ConditionsValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const listId = useId();
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
      {fields.map((field, i) => (
        <ConditionRow
          key={field.id}
          name={name}
          index={i}
          listId={listId}
          inputSchemas={inputSchemas}
          onRemove={() => remove(i)}
        />
      ))}
      <button type="button" onClick={() => append({ ...EMPTY_DRAFT })}>
        Add {titles.item.toLowerCase()} condition
      </button>
    </fieldset>
  );
}
