import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { ZodType } from 'zod';

/** Something a form cannot write yet. */
export interface FormProblem {
  /** The form field it belongs to (its message shows under it), or null for a row's own note. */
  field: string | null;
  /** Under the field: "max is at least 1". */
  message: string;
  /** In Problems, where the field is not in view: "limit 1: max is at least 1". */
  summary: string;
}

/** The form's values as the value to write, or everything that stops the write. */
export type Checked<Out> = { ok: true; value: Out } | { ok: false; problems: FormProblem[] };

type IssuePath = readonly PropertyKey[];

/** A schema issue as a form problem; `where` names the place for Problems ("limit 1"). */
export function issueProblem(
  issue: { path: IssuePath; message: string },
  where: (path: IssuePath) => string,
  field: (path: IssuePath) => string = (path) => path.map(String).join('.'),
): FormProblem {
  const place = where(issue.path);
  return {
    field: issue.path.length > 0 ? field(issue.path) : null,
    message: issue.message,
    summary: place === '' ? issue.message : `${place}: ${issue.message}`,
  };
}

/** "limits.0.max" → "limit 1", for forms whose fields are lists of limits. */
export function listPlace(path: IssuePath, names: Readonly<Record<string, string>>): string {
  const [list, index] = path;
  if (typeof list !== 'string') return '';
  const name = Object.hasOwn(names, list) ? names[list] : list;
  return typeof index === 'number' ? `${name} ${index + 1}` : (name ?? list);
}

/** The check of a form whose values the schema judges as they are (after `normalize`). */
export function schemaCheck<V, Out>(
  schema: ZodType<Out>,
  normalize: (values: V) => unknown,
  where: (path: IssuePath) => string,
): (values: V) => Checked<Out> {
  return (values) => {
    const parsed = schema.safeParse(normalize(values));
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, problems: parsed.error.issues.map((issue) => issueProblem(issue, where)) };
  };
}

/** A form resolver from a check: each problem with a field shows under that field. */
export function checkResolver<V extends FieldValues, Out>(
  check: (values: V) => Checked<Out>,
): Resolver<V, unknown, Out> {
  return (values, _context, options) => {
    const checked = check(values);
    if (checked.ok) return { values: checked.value, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const problem of checked.problems) {
      if (problem.field !== null && !Object.hasOwn(errors, problem.field)) {
        errors[problem.field] = { type: 'check', message: problem.message };
      }
    }
    return { values: {}, errors: toNestErrors<V>(errors, options) };
  };
}
