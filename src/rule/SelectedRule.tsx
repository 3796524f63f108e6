import { useCallback, useMemo } from 'react';
import {
  decisionBlocker,
  decisionFinder,
  distinctName,
  isPattern,
  matchesPattern,
  rateCounterName,
  removeRule,
  setRule,
  type Policy,
} from '../core';
import { usePolicyStore } from '../state/policyStore';
import { notify, useUiStore } from '../state/uiStore';
import type { ToolEntry } from '../state/toolRows';
import { useToolEntries } from '../state/useToolRows';
import { DecisionInWords } from './DecisionInWords';
import { PatternMatches } from './PatternMatches';
import { RuleForm } from './RuleForm';
import { argPaths, counterNames } from './suggestions';
import { ToolDetails } from './ToolDetails';

function NoRule({ name, policy, isTool }: { name: string; policy: Policy; isTool: boolean }) {
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const select = useUiStore((s) => s.select);
  const shown = decisionFinder(policy)(name);

  // The decision above says what hides it; a rule of its own would never be reached.
  if (shown.decision === 'hide') return <p className="hint">No rule of its own.</p>;
  const add = () => {
    const blocked = decisionBlocker(policy, name, 'allow', isTool);
    if (blocked) notify(blocked);
    else editPolicy((p) => setRule(p, name, {}));
  };
  return (
    <div className="no-rule">
      {shown.via !== null ? (
        <p>
          No rule of its own: the pattern rule{' '}
          <button type="button" className="link" onClick={() => select(shown.via)}>
            {shown.via}
          </button>{' '}
          applies ({shown.viaAction}).
        </p>
      ) : (
        <p>No rule: the default decision applies ({policy.default}).</p>
      )}
      <button type="button" onClick={add}>
        Add a rule for {name}
      </button>
    </div>
  );
}

interface SelectedRuleProps {
  name: string;
  /** Tries a call of a tool in the simulator (see DecisionInWords). */
  onTest?: (tool: string) => void;
}

/** The selected tool or rule key: what it is, its decision in words, and its rule's form. */
export function SelectedRule({ name, onTest }: SelectedRuleProps) {
  const policy = usePolicyStore((s) => s.policy);
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const entries = useToolEntries();
  const entry = useMemo(() => entries.find((e) => e.name === name), [entries, name]);
  const pattern = entry === undefined && isPattern(name);
  const rule = Object.hasOwn(policy.tools, name) ? policy.tools[name] : undefined;

  const matched: readonly ToolEntry[] = useMemo(() => {
    if (entry) return [entry];
    return pattern ? entries.filter((e) => matchesPattern(name, e.name)) : [];
  }, [entry, pattern, entries, name]);
  const paths = useMemo(() => argPaths(matched.map((e) => e.tool)), [matched]);
  const inputSchemas = useMemo(() => matched.map((e) => e.tool.inputSchema), [matched]);
  const counters = useCallback(() => counterNames(usePolicyStore.getState().policy), []);
  const newCounter = useCallback(
    () => distinctName(rateCounterName(name), new Set(counters())),
    [name, counters],
  );

  return (
    <article className="selected-rule" aria-labelledby="selected-rule-title">
      <h2 id="selected-rule-title" className="selected-name">
        {name}
      </h2>
      {entry ? (
        <ToolDetails entry={entry} />
      ) : pattern ? (
        <PatternMatches pattern={name} entries={entries} policy={policy} />
      ) : (
        <p className="hint">
          {entries.length > 0 ? 'Not on this server: no loaded tool has this name.' : 'A rule key.'}
        </p>
      )}
      <DecisionInWords
        name={name}
        policy={policy}
        onTest={onTest && (() => onTest(pattern ? (matched[0]?.name ?? name) : name))}
      />
      <h3>Rule</h3>
      {rule ? (
        <>
          <RuleForm
            key={name}
            ruleKey={name}
            rule={rule}
            paths={paths}
            inputSchemas={inputSchemas}
            counters={counters}
            newCounter={newCounter}
          />
          <button type="button" onClick={() => editPolicy((p) => removeRule(p, name))}>
            Remove rule
          </button>
        </>
      ) : (
        <NoRule name={name} policy={policy} isTool={entry !== undefined} />
      )}
    </article>
  );
}
