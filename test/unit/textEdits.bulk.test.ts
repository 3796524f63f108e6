import { describe, expect, it } from 'vitest';
import {
  applyRecommended,
  applyTextEdits,
  formatPolicy,
  parsePolicy,
  policyTextEdits,
  setDecision,
  type Policy,
  type Tool,
} from '../../src/core';

const tools: Tool[] = Array.from({ length: 300 }, (_, i) => ({
  name: i % 3 === 0 ? `get_item_${i}` : `set_item_${i}`,
}));

function reread(text: string): Policy {
  const result = parsePolicy(text);
  if (!result.ok) throw new Error(result.findings.map((f) => f.message).join('\n'));
  return result.policy;
}

describe('policyTextEdits on bulk changes', () => {
  it('writes the recommended policy for 300 tools as one edit of `tools`, in 4-space style', () => {
    const start: Policy = { version: '1', default: 'deny', tools: { keep: { action: 'deny' } } };
    const text = JSON.stringify(start, null, 4) + '\n';
    const next = applyRecommended(start, tools);
    const edits = policyTextEdits(text, next, start);
    expect(edits).toHaveLength(1);
    const out = applyTextEdits(text, edits);
    expect(reread(out)).toEqual(next);
    expect(out.startsWith('{\n    "version": "1",\n    "default": "deny",\n    "tools": {\n')).toBe(
      true,
    );
    expect(out).toContain('\n        "set_item_1": {\n            "limits": [\n');
  });

  it('keeps a single decision a small edit in a large policy', () => {
    const big = applyRecommended({ version: '1', default: 'deny', tools: {} }, tools);
    const text = formatPolicy(big);
    const next = setDecision(big, 'get_item_3', 'deny');
    const edits = policyTextEdits(text, next, big);
    expect(edits).toEqual([
      {
        offset: text.indexOf('"get_item_3": {}') + 15,
        length: 0,
        content: '\n      "action": "deny"\n    ',
      },
    ]);
    expect(reread(applyTextEdits(text, edits))).toEqual(next);
  });
});
