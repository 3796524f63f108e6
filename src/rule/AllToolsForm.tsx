import { useCallback } from 'react';
import { FormProvider, type DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { allToolsSchema, distinctName, setAllToolsLimits, type Policy } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { LimitsFields } from './LimitsFields';
import { counterNames } from './suggestions';
import { Unwritten } from './Unwritten';
import { listPlace, schemaCheck } from './formCheck';
import { useLiveForm } from './useLiveForm';

type AllTools = NonNullable<Policy['all_tools']>;
type AllToolsValues = z.input<typeof allToolsSchema>;

const NONE: AllTools = {};

function toForm(value: AllTools): DefaultValues<AllToolsValues> {
  return { limits: value.limits ?? [] };
}

function normalize(values: AllToolsValues): unknown {
  return values.limits?.length
    ? {
        limits: values.limits.map(({ counter, window, max, scope }) =>
          scope === undefined ? { counter, window, max } : { counter, window, max, scope },
        ),
      }
    : {};
}

const check = schemaCheck<AllToolsValues, AllTools>(allToolsSchema, normalize, (path) =>
  listPlace(path, { limits: 'limit' }),
);

/** Limits every call passes through, whatever its tool (`all_tools.limits`). */
export function AllToolsForm() {
  const policy = usePolicyStore((s) => s.policy);
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const value = policy.all_tools ?? NONE;
  const commit = useCallback(
    (next: AllTools) => editPolicy((p) => setAllToolsLimits(p, next.limits ?? [])),
    [editPolicy],
  );
  const { form, flush, problems } = useLiveForm({
    id: 'all_tools',
    label: 'Limits for all tools',
    value,
    toForm,
    check,
    commit,
  });
  const counters = useCallback(() => counterNames(usePolicyStore.getState().policy), []);
  const newCounter = useCallback(
    () => distinctName('all_tools_rate', new Set(counters())),
    [counters],
  );
  return (
    <FormProvider {...form}>
      <form
        aria-label="Limits for all tools"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          flush();
        }}
      >
        <LimitsFields
          legend="Every call counts against these"
          counters={counters}
          newCounter={newCounter}
        />
        <Unwritten show={problems.length > 0} />
      </form>
    </FormProvider>
  );
}
