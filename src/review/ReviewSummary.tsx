import { useDeferredValue, useMemo, useState } from 'react';
import {
  MATRIX_COLUMNS,
  summarizePolicy,
  summaryMarkdown,
  TREATMENT_TITLES,
  type PolicySummary,
} from '../core';
import { usePolicyStore } from '../state/policyStore';
import { useUiStore, type MatrixCell } from '../state/uiStore';
import './review.css';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface RiskMatrixTableProps {
  summary: PolicySummary;
  cell: MatrixCell | null;
  onPick: (cell: MatrixCell | null) => void;
}

/** Rows Low…Critical, columns allowed…hidden; a count's button filters the tool list to it. */
export function RiskMatrixTable({ summary, cell, onPick }: RiskMatrixTableProps) {
  return (
    <table className="risk-matrix" aria-label="Risk by decision">
      <thead>
        <tr>
          <th scope="col">Risk</th>
          {MATRIX_COLUMNS.map((t) => (
            <th key={t} scope="col">
              {TREATMENT_TITLES[t]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.matrix.rows.map((row) => (
          <tr key={row.risk}>
            <th scope="row">{row.risk}</th>
            {MATRIX_COLUMNS.map((treatment) => {
              const count = row.cells[treatment].length;
              const picked = cell?.risk === row.risk && cell.treatment === treatment;
              return (
                <td key={treatment}>
                  <button
                    type="button"
                    aria-pressed={picked}
                    aria-label={`${row.risk} risk, ${TREATMENT_TITLES[treatment].toLowerCase()}: ${count}`}
                    disabled={count === 0 && !picked}
                    onClick={() => onPick(picked ? null : { risk: row.risk, treatment })}
                  >
                    {count}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "What this policy lets an agent do": the summary in plain words, Copy as Markdown, and the
 * risk × decision matrix whose cells filter the tool list.
 */
export default function ReviewSummary() {
  // The summary and matrix read every tool (10-20 ms at 5,000): they follow an edit in a
  // render of their own, after the list, the form and the editor have shown it.
  const policy = useDeferredValue(usePolicyStore((s) => s.policy));
  const tools = useDeferredValue(usePolicyStore((s) => s.tools));
  const cell = useUiStore((s) => s.matrixCell);
  const setCell = useUiStore((s) => s.setMatrixCell);
  const [copied, setCopied] = useState<string | null>(null);
  const summary = useMemo(() => summarizePolicy(policy, tools), [policy, tools]);
  return (
    <details className="review-panel">
      <summary>What this policy lets an agent do</summary>
      <ul className="review-summary-lines" aria-label="Policy summary">
        {summary.lines.map((line) => (
          <li key={`${line.treatment}-${line.risk}`}>{line.text}</li>
        ))}
        <li>{summary.otherwise}</li>
      </ul>
      <button
        type="button"
        onClick={async () =>
          setCopied(
            (await copyText(summaryMarkdown(summary))) ? 'Copied.' : 'The browser refused to copy.',
          )
        }
      >
        Copy as Markdown
      </button>
      <span role="status" className="hint">
        {copied}
      </span>
      <RiskMatrixTable summary={summary} cell={cell} onPick={setCell} />
    </details>
  );
}
