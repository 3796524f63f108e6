import { memo, useId } from 'react';
import { checkArgs, DECISION_KINDS, type ScenarioCall } from '../core';
import { DraftInput } from './DraftInput';
import { readArgs, readMs, writeArgs } from './readers';
import type { CallPatch } from './scenarioStore';

export interface RowActions {
  update: (index: number, patch: CallPatch) => void;
  move: (index: number, to: number) => void;
  duplicate: (index: number) => void;
  remove: (index: number) => void;
}

interface ScenarioRowProps {
  index: number;
  count: number;
  call: ScenarioCall;
  schema: unknown;
  toolListId: string;
  actions: RowActions;
  measure: (row: HTMLTableRowElement | null) => void;
}

// Drawn, not a glyph: the usual "copy" symbols are missing from many system fonts.
function DuplicateIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12" className="sim-icon">
      <rect x="1.5" y="4.5" width="9" height="10" rx="1.5" />
      <path d="M5.5 4.5V2.5a1 1 0 0 1 1-1h7a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1h-3" />
    </svg>
  );
}

const optional = (text: string) => (text === '' ? undefined : text);

/** One call of the scenario, every field editable; arguments that do not fit the tool warn. */
export const ScenarioRow = memo(function ScenarioRow({
  index,
  count,
  call,
  schema,
  toolListId,
  actions,
  measure,
}: ScenarioRowProps) {
  const n = index + 1;
  const warningId = useId();
  const warnings = checkArgs(call.args, schema);
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td>{n}</td>
      <td>
        <input
          aria-label={`Tool of call ${n}`}
          list={toolListId}
          value={call.tool}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => actions.update(index, { tool: e.target.value })}
        />
      </td>
      <td>
        <DraftInput
          aria-label={`Arguments of call ${n}`}
          className="sim-mono"
          spellCheck={false}
          autoComplete="off"
          placeholder="{}"
          aria-describedby={warnings.length > 0 ? warningId : undefined}
          text={writeArgs(call.args)}
          read={readArgs}
          onCommit={(args) => actions.update(index, { args })}
        />
        {warnings.length > 0 && (
          <span id={warningId} className="sim-args-warning">
            ⚠ {warnings.join('; ')}
          </span>
        )}
      </td>
      <td>
        <input
          aria-label={`Grant of call ${n}`}
          placeholder="default"
          value={call.grant ?? ''}
          onChange={(e) => actions.update(index, { grant: optional(e.target.value) })}
        />
      </td>
      <td>
        <input
          aria-label={`Session of call ${n}`}
          placeholder="default"
          value={call.session ?? ''}
          onChange={(e) => actions.update(index, { session: optional(e.target.value) })}
        />
      </td>
      <td>
        <DraftInput
          aria-label={`Offset in ms of call ${n}`}
          inputMode="numeric"
          text={String(call.offset)}
          read={readMs}
          onCommit={(offset) => actions.update(index, { offset })}
        />
      </td>
      <td>
        <select
          aria-label={`Expected decision of call ${n}`}
          value={call.expect ?? ''}
          onChange={(e) =>
            actions.update(index, {
              expect:
                e.target.value === '' ? undefined : (e.target.value as ScenarioCall['expect']),
            })
          }
        >
          <option value="">—</option>
          {DECISION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </td>
      <td className="sim-row-actions">
        <button
          type="button"
          aria-label={`Move call ${n} up`}
          data-focus={`up-${index}`}
          disabled={index === 0}
          onClick={() => actions.move(index, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move call ${n} down`}
          data-focus={`down-${index}`}
          disabled={index === count - 1}
          onClick={() => actions.move(index, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={`Duplicate call ${n}`}
          onClick={() => actions.duplicate(index)}
        >
          <DuplicateIcon />
        </button>
        <button
          type="button"
          aria-label={`Remove call ${n}`}
          data-focus={`remove-${index}`}
          onClick={() => actions.remove(index)}
        >
          ✕
        </button>
      </td>
    </tr>
  );
});
