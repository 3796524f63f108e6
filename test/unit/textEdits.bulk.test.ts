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

  describe('in a policy over 64 KB', () => {
    const many: Tool[] = Array.from({ length: 1200 }, (_, i) => ({ name: `set_thing_${i}` }));
    const big = applyRecommended({ version: '1', default: 'deny', tools: {} }, many);
    const text = formatPolicy(big);

    it('is large enough to take the direct paths', () => {
      expect(text.length).toBeGreaterThan(64 * 1024);
    });

    it('appends a new rule after the last one, in its indentation', () => {
      const next = setDecision(big, 'brand_new', 'deny');
      const edits = policyTextEdits(text, next, big);
      const end = text.lastIndexOf('    }\n  }\n}') + '    }'.length;
      expect(edits).toEqual([
        {
          offset: end,
          length: 0,
          content: ',\n    "brand_new": {\n      "action": "deny"\n    }',
        },
      ]);
      expect(reread(applyTextEdits(text, edits))).toEqual(next);
    });

    it.each([['set_thing_0'], ['set_thing_600'], ['set_thing_1199']])(
      'removes %s with its comma',
      (name) => {
        const next = setDecision(big, name, 'default');
        const edits = policyTextEdits(text, next, big);
        expect(edits).toHaveLength(1);
        expect(edits[0]?.content).toBe('');
        const out = applyTextEdits(text, edits);
        expect(reread(out)).toEqual(next);
        expect(out).not.toContain(`"${name}"`);
      },
    );

    it('edits inside one rule without touching the rest of the text', () => {
      const next = setDecision(big, 'set_thing_7', 'approval');
      const edits = policyTextEdits(text, next, big);
      const at = text.indexOf('"set_thing_7": {');
      expect(edits).toHaveLength(1);
      expect(edits[0]?.offset).toBeGreaterThan(at);
      expect(edits[0]?.offset).toBeLessThan(text.indexOf('"set_thing_8": {'));
      expect(reread(applyTextEdits(text, edits))).toEqual(next);
    });
  });
});
