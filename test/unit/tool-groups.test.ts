import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOOL_DECISIONS, type Tool } from '../../src/core';
import { groupedItems, groupedItemsAfterEdit, groupPlan } from '../../src/state/toolGroups';
import type { ToolRow } from '../../src/state/toolRows';

const prefixes = ['crm_', 'files_', 'db_', 'x'];

function rowOf(key: string, decision: (typeof TOOL_DECISIONS)[number]): ToolRow {
  return {
    key,
    entry: null,
    shown: { decision, via: null, viaAction: null },
    offServer: false,
    extras: { limits: 0, conditions: 0 },
  };
}

describe('grouped list items after a few rows change', () => {
  it('are the items grouped afresh', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...prefixes), fc.nat(40)), { maxLength: 30 }),
        fc.array(fc.constantFrom(...TOOL_DECISIONS), { minLength: 30, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TOOL_DECISIONS)), { maxLength: 4 }),
        fc.subarray(prefixes),
        (parts, decisions, changes, collapsed) => {
          const names = parts.map(([prefix, n]) => `${prefix}${n}`);
          const tools: Tool[] = names.map((name) => ({ name }));
          const plan = groupPlan(tools);
          const before = names.map((name, i) => rowOf(name, decisions[i]!));
          const folded = [...collapsed];
          groupedItemsAfterEdit(before, plan, folded);
          const after = before.slice();
          for (const [pick, decision] of changes) {
            if (after.length === 0) break;
            const i = pick % after.length;
            after[i] = rowOf(after[i]!.key, decision);
          }
          expect(groupedItemsAfterEdit(after, plan, folded)).toEqual(
            groupedItems(after, plan, new Set(folded)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
