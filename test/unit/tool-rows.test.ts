import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPattern, type Tool } from '../../src/core';
import { notePolicyEdit, patternKeysOf } from '../../src/state/policyDelta';
import { toolEntries, toolRows, toolRowsAfterEdit } from '../../src/state/toolRows';
import { editCall } from '../fixtures/editCalls';
import { policy, toolName } from '../fixtures/policyArbitraries';

describe('the list rows and pattern keys after a form edit', () => {
  it('are the rows made afresh, when only the edited rules are made again', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(toolName, { maxLength: 8 }),
        policy,
        fc.array(editCall, { minLength: 1, maxLength: 5 }),
        (names, start, calls) => {
          const tools: Tool[] = names.map((name) => ({ name }));
          const entries = toolEntries(tools);
          let current = start;
          expect(toolRowsAfterEdit(entries, current)).toEqual(toolRows(entries, current));
          expect(patternKeysOf(current)).toEqual(Object.keys(current.tools).filter(isPattern));
          for (const call of calls) {
            const { policy: next, changes } = call(current);
            notePolicyEdit(current, next, changes);
            expect(toolRowsAfterEdit(entries, next)).toEqual(toolRows(entries, next));
            expect(patternKeysOf(next)).toEqual(Object.keys(next.tools).filter(isPattern));
            current = next;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('make only the edited row again on a decision', () => {
    const tools: Tool[] = Array.from({ length: 50 }, (_, i) => ({ name: `tool_${i}` }));
    const entries = toolEntries(tools);
    const start = { version: '1' as const, default: 'deny' as const, tools: {} };
    const before = toolRowsAfterEdit(entries, start);
    const next = { ...start, tools: { tool_7: { action: 'approval' as const } } };
    notePolicyEdit(start, next, [{ path: ['tools', 'tool_7'], value: { action: 'approval' } }]);
    const after = toolRowsAfterEdit(entries, next);
    expect(after[7]?.shown.decision).toBe('approval');
    expect(after.filter((row, i) => row !== before[i]).map((r) => r.key)).toEqual(['tool_7']);
  });
});
