import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback } from 'react';
import { FormProvider, type DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { ruleSchema, setRule, type Condition, type Limit, type Rule } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { ConditionsFields } from './ConditionsFields';
import { Field } from './Field';
import { LimitsFields } from './LimitsFields';
import { Unwritten } from './Unwritten';
import { HoldContext, useLiveForm } from './useLiveForm';

type RuleValues = z.input<typeof ruleSchema>;

const resolver = zodResolver(ruleSchema);

function toForm(rule: Rule): DefaultValues<RuleValues> {
  return {
    ...rule,
    require: rule.require ?? [],
    deny_if: rule.deny_if ?? [],
    limits: rule.limits ?? [],
  };
}

function cleanCondition(c: Condition): Condition {
  return (c.value === undefined ? { path: c.path, op: c.op } : c) as Condition;
}

function cleanLimit(l: Limit): Limit {
  const { counter, window, max, scope } = l;
  return scope === undefined ? { counter, window, max } : { counter, window, max, scope };
}

/** Form values → a rule: no empty lists, no empty reason, no undefined keys. */
export function normalizeRule(values: RuleValues): unknown {
  const rule: Record<string, unknown> = {};
  if (values.action !== undefined) rule.action = values.action;
  if (values.reason !== undefined && values.reason !== '') rule.reason = values.reason;
  if (values.require?.length) rule.require = values.require.map(cleanCondition);
  if (values.deny_if?.length) rule.deny_if = values.deny_if.map(cleanCondition);
  if (values.limits?.length) rule.limits = values.limits.map(cleanLimit);
  return rule;
}

interface RuleFormProps {
  ruleKey: string;
  rule: Rule;
  /** Suggested condition paths. */
  paths: readonly string[];
  counters: readonly string[];
  newCounter: string;
}

/** The rule under `ruleKey`, edited through the shared rule schema; valid changes write at once. */
export function RuleForm({ ruleKey, rule, paths, counters, newCounter }: RuleFormProps) {
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const commit = useCallback(
    (next: Rule) => editPolicy((p) => setRule(p, ruleKey, next)),
    [editPolicy, ruleKey],
  );
  const { form, hold, flush, unwritten } = useLiveForm({
    resolver,
    schema: ruleSchema,
    value: rule,
    toForm,
    normalize: normalizeRule,
    commit,
  });
  const { register, formState } = form;
  const { errors } = formState;

  return (
    <FormProvider {...form}>
      <HoldContext value={hold}>
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
          <ConditionsFields name="require" paths={paths} />
          <ConditionsFields name="deny_if" paths={paths} />
          <LimitsFields legend="Limits" counters={counters} newCounter={newCounter} />
          <Unwritten show={unwritten} />
        </form>
      </HoldContext>
    </FormProvider>
  );
}
