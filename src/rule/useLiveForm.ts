import { createContext, useCallback, useEffect, useRef, useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { ZodType } from 'zod';
import { jsonEqual } from '../core';

/** Lets a field that holds text the schema cannot see (JSON being typed) hold back a write. */
export const HoldContext = createContext<(field: string, held: boolean) => void>(() => {});

const COMMIT_DELAY_MS = 250;

interface LiveFormOptions<V extends FieldValues, Out> {
  resolver: Resolver<V, unknown, Out>;
  /** The same schema as the resolver's: a write happens only when it accepts the values. */
  schema: ZodType<Out>;
  /** The value in the document now. `toForm` and `normalize` must be stable functions. */
  value: Out;
  toForm: (value: Out) => DefaultValues<V>;
  /** Form values → the value to write (empty lists and fields dropped). */
  normalize: (values: V) => unknown;
  commit: (value: Out) => void;
}

export interface LiveForm<V extends FieldValues, Out> {
  form: UseFormReturn<V, unknown, Out>;
  hold: (field: string, held: boolean) => void;
  /** Writes a pending change at once (Enter, leaving the form). */
  flush: () => void;
  /** True when the last change could not be written (a field is invalid). */
  unwritten: boolean;
}

/**
 * A form that writes every valid change to the document a moment after it is made, and takes
 * the document's value when it changes elsewhere (editor, undo) — but not its own echo, so
 * typing is never overwritten by the write it caused. Invalid values show inline and are not
 * written.
 */
export function useLiveForm<V extends FieldValues, Out>({
  resolver,
  schema,
  value,
  toForm,
  normalize,
  commit,
}: LiveFormOptions<V, Out>): LiveForm<V, Out> {
  const form = useForm<V, unknown, Out>({
    resolver,
    mode: 'onChange',
    defaultValues: toForm(value),
  });
  const written = useRef<unknown>(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const held = useRef(new Set<string>());
  const [unwritten, setUnwritten] = useState(false);
  const latest = useRef({ schema, normalize, commit });
  useEffect(() => {
    latest.current = { schema, normalize, commit };
  });

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (held.current.size > 0) {
      setUnwritten(true);
      return;
    }
    const { schema: s, normalize: n, commit: c } = latest.current;
    const parsed = s.safeParse(n(form.getValues()));
    if (!parsed.success) {
      setUnwritten(true);
      void form.trigger();
      return;
    }
    setUnwritten(false);
    if (jsonEqual(parsed.data, written.current)) return;
    written.current = parsed.data;
    c(parsed.data);
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

  // Leaving the form (another tool selected) keeps what was typed.
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
    setUnwritten(false);
    form.reset(toForm(value));
  }, [value, form, toForm]);

  const hold = useCallback((field: string, on: boolean) => {
    if (on === held.current.has(field)) return;
    if (on) held.current.add(field);
    else held.current.delete(field);
  }, []);

  return { form, hold, flush, unwritten };
}
