import { useCallback } from 'react';
import { FormProvider, type DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import {
  argumentTypes,
  conditionDraft,
  draftCondition,
  ruleSchema,
  setRule,
  type Condition,
  type ConditionDraft,
  type Limit,
  type Rule,
} from '../core';
import { usePolicyStore } from '../state/policyStore';
import { ConditionsFields } from './ConditionsFields';
import { Field } from './Field';
import { issueProblem, listPlace, type Checked, type FormProblem } from './formCheck';
import { LimitsFields } from './LimitsFields';
import { Unwritten } from './Unwritten';
import { useLiveForm } from './useLiveForm';

type ConditionList = 'require' | 'deny_if';

/** The rule as the form holds it: conditions as drafts, written only once complete. */
export type RuleValues = Omit<z.input<typeof ruleSchema>, ConditionList> & {
  require: ConditionDraft[];
  deny_if: ConditionDraft[];
};

const PLACES: Readonly<Record<string, string>> = {
  require: 'require condition',
  deny_if: 'deny-if condition',
  limits: 'limit',
};

function cleanCondition(c: Condition): Condition {
  return (c.value === undefined ? { path: c.path, op: c.op } : c) as Condition;
}

function cleanLimit(l: Limit): Limit {
  const { counter, window, max, scope } = l;
  return scope === undefined ? { counter, window, max } : { counter, window, max, scope };
}

/** Form values (complete conditions) → a rule: no empty lists, no empty reason, no undefined keys. */
function normalizeRule(
  values: RuleValues,
  conditions: Record<ConditionList, (Condition | null)[]>,
): unknown {
  const rule: Record<string, unknown> = {};
  if (values.action !== undefined) rule.action = values.action;
  if (values.reason !== undefined && values.reason !== '') rule.reason = values.reason;
  if (conditions.require.length)
    rule.require = conditions.require.map((c) => c && cleanCondition(c));
  if (conditions.deny_if.length)
    rule.deny_if = conditions.deny_if.map((c) => c && cleanCondition(c));
  if (values.limits?.length) rule.limits = values.limits.map(cleanLimit);
  return rule;
}

// A schema issue inside a condition belongs to one of the row's three fields.
function conditionField(path: readonly PropertyKey[]): string {
  const [list, index, key] = path;
  const field = key === 'path' ? 'path' : key === 'value' ? 'values' : 'word';
  return `${String(list)}.${String(index)}.${field}`;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path[0] === 'require' || path[0] === 'deny_if'
    ? conditionField(path)
    : path.map(String).join('.');
}

/**
 * The rule the form's values write, or what stops it: first every condition that is not
 * complete yet, then what the rule's schema says about the rest.
 */
function checkRule(values: RuleValues): Checked<Rule> {
  const problems: FormProblem[] = [];
  const read = (list: ConditionList) =>
    (values[list] ?? []).map((draft, i) => {
      const result = draftCondition(draft);
      if (result.ok) return result.condition;
      problems.push({
        field: null,
        message: result.problem,
        summary: `${PLACES[list]} ${i + 1} ${result.problem}`,
      });
      return null;
    });
  const conditions = { require: read('require'), deny_if: read('deny_if') };
  const parsed = ruleSchema.safeParse(normalizeRule(values, conditions));
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const [list, index] = issue.path;
    // An incomplete condition is reported above, in words; the schema only sees its gap.
    if ((list === 'require' || list === 'deny_if') && typeof index === 'number') {
      if (conditions[list][index] === null) continue;
    }
    problems.push(issueProblem(issue, (path) => listPlace(path, PLACES), fieldOf));
  }
  return { ok: false, problems };
}

interface RuleFormProps {
  ruleKey: string;
  rule: Rule;
  /** Suggested condition paths. */
  paths: readonly string[];
  /** The input schemas of the tools the rule applies to (condition values follow their types). */
  inputSchemas: readonly unknown[];
  /** See LimitsFields. */
  counters: () => readonly string[];
  newCounter: () => string;
}

/** The rule under `ruleKey`, edited through the shared rule schema; complete changes write at once. */
export function RuleForm({
  ruleKey,
  rule,
  paths,
  inputSchemas,
  counters,
  newCounter,
}: RuleFormProps) {
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const commit = useCallback(
    (next: Rule) => editPolicy((p) => setRule(p, ruleKey, next)),
    [editPolicy, ruleKey],
  );
  const toForm = useCallback(
    (value: Rule): DefaultValues<RuleValues> => {
      const drafts = (list: Condition[] | undefined) =>
        (list ?? []).map((c) => conditionDraft(c, argumentTypes(inputSchemas, c.path)));
      return {
        ...value,
        require: drafts(value.require),
        deny_if: drafts(value.deny_if),
        limits: value.limits ?? [],
      };
    },
    [inputSchemas],
  );
  const { form, flush, problems } = useLiveForm<RuleValues, Rule>({
    id: `rule:${ruleKey}`,
    label: `Rule form for ${ruleKey}`,
    value: rule,
    toForm,
    check: checkRule,
    commit,
  });
  const { register, formState } = form;
  const { errors } = formState;

  return (
    <FormProvider {...form}>
      <form
        className="rule-form"
        aria-label={`Rule for ${ruleKey}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          flush();
        }}
      >
        <Field label="Action" error={errors.action?.message}>
          {(a11y) => (
            <select
              {...a11y}
              {...register('action', { setValueAs: (v: string) => (v === '' ? undefined : v) })}
            >
              <option value="">Allow</option>
              {rule.action === 'allow' && <option value="allow">Allow (written out)</option>}
              <option value="approval">Approval</option>
              <option value="deny">Deny</option>
            </select>
          )}
        </Field>
        <Field
          label="Reason"
          hint="Returned to the agent when the call is denied."
          error={errors.reason?.message}
        >
          {(a11y) => (
            <input
              {...a11y}
              autoComplete="off"
              {...register('reason', { setValueAs: (v: string) => (v === '' ? undefined : v) })}
            />
          )}
        </Field>
        <ConditionsFields name="require" paths={paths} inputSchemas={inputSchemas} />
        <ConditionsFields name="deny_if" paths={paths} inputSchemas={inputSchemas} />
        <LimitsFields legend="Limits" counters={counters} newCounter={newCounter} />
        <Unwritten show={problems.length > 0} />
      </form>
    </FormProvider>
  );
}
