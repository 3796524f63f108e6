import { useMemo, useState } from 'react';
import { matchesPattern, setHide, toolNameSchema } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { useToolEntries } from '../state/useToolRows';
import { NameEntryForm } from './NameEntryForm';

/** The hidden tools: names or patterns agents never see (calls are denied), or everything. */
export function HideForm() {
  const hide = usePolicyStore((s) => s.policy.hide);
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const entries = useToolEntries();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const list = useMemo(() => (Array.isArray(hide) ? hide : []), [hide]);

  const counts = useMemo(
    () => list.map((entry) => entries.filter((e) => matchesPattern(entry, e.name)).length),
    [list, entries],
  );

  const add = () => {
    const name = draft;
    const checked = toolNameSchema.safeParse(name);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Not a tool name or pattern');
      return;
    }
    if (list.includes(name)) {
      setError(`"${name}" is already hidden.`);
      return;
    }
    editPolicy((p) => setHide(p, [...(Array.isArray(p.hide) ? p.hide : []), name]));
    setDraft('');
    setError(null);
  };

  return (
    <div className="hide-form">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={hide === '*'}
          onChange={(event) =>
            editPolicy((p) => setHide(p, event.target.checked ? '*' : undefined))
          }
        />
        Hide every tool (<code>&quot;hide&quot;: &quot;*&quot;</code>)
      </label>
      {hide !== '*' && (
        <>
          {list.length === 0 ? (
            <p className="hint">No hidden tools.</p>
          ) : (
            <ul className="hide-list" aria-label="Hidden tools">
              {list.map((entry, i) => (
                <li key={`${i}:${entry}`}>
                  <code>{entry}</code>
                  {entries.length > 0 && (
                    <span className="hint">
                      {' '}
                      ({counts[i]} {counts[i] === 1 ? 'tool' : 'tools'})
                    </span>
                  )}{' '}
                  <button
                    type="button"
                    aria-label={`Stop hiding ${entry}`}
                    onClick={() =>
                      editPolicy((p) =>
                        setHide(
                          p,
                          Array.isArray(p.hide) ? p.hide.filter((_, j) => j !== i) : p.hide,
                        ),
                      )
                    }
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <NameEntryForm
            label="Tool name or pattern to hide"
            submitLabel="Hide"
            value={draft}
            error={error}
            onChange={(value) => {
              setDraft(value);
              setError(null);
            }}
            onSubmit={add}
          />
        </>
      )}
    </div>
  );
}
