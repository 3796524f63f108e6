import { riskMatrix, type Policy, type Tool } from '../core';
import type { MatrixCell } from './uiStore';

/** The names of the tools in a matrix cell, or null when no cell is picked (no filtering). */
export function matrixCellNames(
  policy: Policy,
  tools: readonly Tool[],
  cell: MatrixCell | null,
): ReadonlySet<string> | null {
  if (cell === null) return null;
  const row = riskMatrix(policy, tools).rows.find((r) => r.risk === cell.risk);
  return new Set(row?.cells[cell.treatment] ?? []);
}
