import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { jsonEqual } from '../core';
import { useUiStore } from '../state/uiStore';
import { checkResolver, type Checked, type FormProblem } from './formCheck';

const COMMIT_DELAY_MS = 250;
const NONE: readonly FormProblem[] = [];

interface LiveFormOptions<V extends FieldValues, Out> {
  /** Keys the form's entry in Problems while it holds a change it cannot write. */
  id: string;
  /** Names the form in Problems: "Rule form for write_file". */
  label: string;
  /** The value in the document now. `toForm` and `check` must be stable functions. */
  value: Out;
  toForm: (value: Out) => DefaultValues<V>;
  /** Form values → the value to write, or what stops the write (shown on fields and in Problems). */
  check: (values: V) => Checked<Out>;
  commit: (value: Out) => void;
}

export interface LiveForm<V extends FieldValues, Out> {
  form: UseFormReturn<V, unknown, Out>;
  /** Writes a pending change at once (Enter, leaving the form). */
  flush: () => void;
  /** Why the last change could not be written (empty when it was). */
  problems: readonly FormProblem[];
}

/**
 * A form that writes every complete and valid change to the document a moment after it is
 * made, and takes the document's value when it changes elsewhere (editor, undo) — but not its
 * own echo, so typing is never overwritten by the write it caused. While a field is incomplete
 * or invalid nothing is written (the document keeps the last complete value), the field says
 * why, and Problems lists it, which also holds back every export.
 */
export function useLiveForm<V extends FieldValues, Out>({
  id,
  label,
  value,
  toForm,
  check,
  commit,
}: LiveFormOptions<V, Out>): LiveForm<V, Out> {
  const latest = useRef({ check, commit });
  useEffect(() => {
    latest.current = { check, commit };
  });
  const resolver = useMemo(() => checkResolver<V, Out>(check), [check]);
  const form = useForm<V, unknown, Out>({
    resolver,
    mode: 'onChange',
    defaultValues: toForm(value),
  });
  const written = useRef<unknown>(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [problems, setProblems] = useState<readonly FormProblem[]>(NONE);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const checked = latest.current.check(form.getValues());
    if (!checked.ok) {
      setProblems(checked.problems);
      void form.trigger();
      return;
    }
    setProblems(NONE);
    if (jsonEqual(checked.value, written.current)) return;
    written.current = checked.value;
    latest.current.commit(checked.value);
  }, [form]);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          // A reset (the document changed elsewhere) has no field name: nothing to write back.
          if (name === undefined) return;
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(flush, COMMIT_DELAY_MS);
        },
      }),
    [form, flush],
  );

  // Leaving the form (another tool selected) keeps what was typed, if it can be written.
  useEffect(
    () => () => {
      if (timer.current !== null) flush();
    },
    [flush],
  );

  useEffect(() => {
    if (jsonEqual(value, written.current)) return;
    written.current = value;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    setProblems(NONE);
    form.reset(toForm(value));
  }, [value, form, toForm]);

  const setUnwrittenForm = useUiStore((s) => s.setUnwrittenForm);
  useEffect(() => {
    setUnwrittenForm(
      id,
      problems.map((p) => `${label}: ${p.summary} — not written to the JSON`),
    );
  }, [setUnwrittenForm, id, label, problems]);
  // A form that is gone holds nothing: what it could not write is dropped with it.
  useEffect(() => () => setUnwrittenForm(id, []), [setUnwrittenForm, id]);

  return { form, flush, problems };
}
