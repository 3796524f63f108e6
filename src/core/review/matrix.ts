import { TREATMENTS, treatmentFinder, type Treatment } from '../diff/treatment';
import type { Policy } from '../schema';
import { classifyTool } from '../tools/classify';
import { RISKS, type Risk, type Tool } from '../tools/tool';

/** One row of the risk × decision matrix: per treatment, the names of the tools in that cell. */
export interface RiskMatrixRow {
  risk: Risk;
  cells: Record<Treatment, string[]>;
}

/** Rows Low, Medium, High, Critical; columns allow, limited, approval, deny, hidden. */
export interface RiskMatrix {
  rows: RiskMatrixRow[];
  total: number;
}

function emptyCells(): Record<Treatment, string[]> {
  return { allow: [], limited: [], approval: [], deny: [], hidden: [] };
}

/** Which loaded tools fall in each risk × treatment cell (first of a repeated name kept). */
export function riskMatrix(policy: Policy, tools: readonly Tool[]): RiskMatrix {
  const treatmentOf = treatmentFinder(policy);
  const rows = RISKS.map((risk): RiskMatrixRow => ({ risk, cells: emptyCells() }));
  const seen = new Set<string>();
  for (const tool of tools) {
    if (typeof tool.name !== 'string' || seen.has(tool.name)) continue;
    seen.add(tool.name);
    const row = rows[RISKS.indexOf(classifyTool(tool).risk)]!;
    row.cells[treatmentOf(tool.name).treatment].push(tool.name);
  }
  return { rows, total: seen.size };
}

/** The matrix's columns, in order. */
export const MATRIX_COLUMNS: readonly Treatment[] = TREATMENTS;
