import { useDeferredValue, useState } from 'react';
import { addPatternRule, isPattern, toolNameSchema } from '../core';
import { patternKeysOf } from '../state/policyDelta';
import { usePolicyStore } from '../state/policyStore';
import { useUiStore } from '../state/uiStore';
import { useToolEntries } from '../state/useToolRows';
import { NameEntryForm } from './NameEntryForm';
import { PatternMatches } from './PatternMatches';

function problem(pattern: string, exists: boolean): string | null {
  const checked = toolNameSchema.safeParse(pattern);
  if (!checked.success) return checked.error.issues[0]?.message ?? 'Not a pattern';
  if (!isPattern(pattern))
    return 'A pattern has at least one *, e.g. get_*. Rules for one tool are set in the tool list.';
  if (exists) return `A rule for "${pattern}" already exists.`;
  return null;
}

/** Adds a rule for a pattern such as `get_*`, showing the tools it matches; lists pattern rules. */
export function PatternRuleForm() {
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const select = useUiStore((s) => s.select);
  const entries = useToolEntries();
  const [pattern, setPattern] = useState('');
  const [tried, setTried] = useState(false);
  const preview = useDeferredValue(pattern);
  const exists = usePolicyStore((s) => Object.hasOwn(s.policy.tools, pattern));
  const error = tried ? problem(pattern, exists) : null;
  const patternKeys = usePolicyStore((s) => patternKeysOf(s.policy));

  return (
    <div className="pattern-form">
      {patternKeys.length > 0 && (
        <ul className="pattern-rules" aria-label="Pattern rules">
          {patternKeys.map((key) => (
            <li key={key}>
              <button type="button" className="link" onClick={() => select(key)}>
                {key}
              </button>
            </li>
          ))}
        </ul>
      )}
      <NameEntryForm
        label="Pattern"
        placeholder="get_*"
        submitLabel="Add pattern rule"
        value={pattern}
        error={error}
        onChange={(value) => {
          setPattern(value);
          setTried(false);
        }}
        onSubmit={() => {
          setTried(true);
          if (problem(pattern, exists) !== null) return;
          editPolicy((p) => addPatternRule(p, pattern));
          select(pattern);
          setPattern('');
          setTried(false);
        }}
      />
      {preview !== '' && <PatternMatches pattern={preview} entries={entries} />}
    </div>
  );
}
