import { useDeferredValue, useId, useState } from 'react';
import { addPatternRule, isPattern, toolNameSchema } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { useToolEntries } from '../tools/useToolRows';
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
  const tools = usePolicyStore((s) => s.policy.tools);
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const select = usePolicyStore((s) => s.select);
  const entries = useToolEntries();
  const [pattern, setPattern] = useState('');
  const [tried, setTried] = useState(false);
  const preview = useDeferredValue(pattern);
  const errorId = useId();
  const exists = Object.hasOwn(tools, pattern);
  const error = tried ? problem(pattern, exists) : null;
  const patternKeys = Object.keys(tools).filter(isPattern);

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
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (problem(pattern, exists) !== null) return;
          editPolicy((p) => addPatternRule(p, pattern));
          select(pattern);
          setPattern('');
          setTried(false);
        }}
      >
        <label>
          <span>Pattern</span>
          <input
            value={pattern}
            placeholder="get_*"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setPattern(event.target.value);
              setTried(false);
            }}
          />
        </label>
        <button type="submit">Add pattern rule</button>
        {error && (
          <span id={errorId} className="field-error">
            {error}
          </span>
        )}
      </form>
      {preview !== '' && <PatternMatches pattern={preview} entries={entries} />}
    </div>
  );
}
