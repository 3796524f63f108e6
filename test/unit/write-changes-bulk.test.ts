import { describe, expect, it } from 'vitest';
import {
  applyRecommended,
  formatPolicy,
  parsePolicy,
  setDecision,
  setDecisions,
  writeChanges,
  type Policy,
  type PolicyEdit,
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

function write(text: string, edit: PolicyEdit): string {
  return writeChanges(text, edit.changes, edit.policy);
}

describe('writeChanges on bulk changes', () => {
  it('writes the recommended policy for 300 tools as new rules, in 4-space style', () => {
    const start: Policy = { version: '1', default: 'deny', tools: { keep: { action: 'deny' } } };
    const text = JSON.stringify(start, null, 4) + '\n';
    const edit = applyRecommended(start, tools);
    const out = write(text, edit);
    expect(reread(out)).toEqual(edit.policy);
    expect(
      out.startsWith(
        '{\n    "version": "1",\n    "default": "deny",\n    "tools": {\n        "keep": {\n            "action": "deny"\n        },\n',
      ),
    ).toBe(true);
    expect(out).toContain('\n        "set_item_1": {\n            "limits": [\n');
  });

  it('keeps a single decision a small edit in a large policy', () => {
    const big = applyRecommended({ version: '1', default: 'deny', tools: {} }, tools).policy;
    const text = formatPolicy(big);
    const edit = setDecision(big, 'get_item_3', 'deny');
    const out = write(text, edit);
    expect(out).toBe(
      text.replace('"get_item_3": {}', '"get_item_3": {\n      "action": "deny"\n    }'),
    );
    expect(reread(out)).toEqual(edit.policy);
  });

  it('writes a bulk decision on 200 rules as 200 small edits', () => {
    const big = applyRecommended({ version: '1', default: 'deny', tools: {} }, tools).policy;
    const text = formatPolicy(big);
    const names = tools.slice(0, 200).map((t) => t.name);
    const edit = setDecisions(big, names, 'deny');
    const out = write(text, edit);
    expect(reread(out)).toEqual(edit.policy);
    // The rules of the other 100 tools keep their bytes.
    const untouched = text.slice(text.indexOf(`"${tools[200]?.name}": {`));
    expect(out.endsWith(untouched)).toBe(true);
  });

  describe('in a large policy', () => {
    const many: Tool[] = Array.from({ length: 1200 }, (_, i) => ({ name: `set_thing_${i}` }));
    const big = applyRecommended({ version: '1', default: 'deny', tools: {} }, many).policy;
    const text = formatPolicy(big);

    it('appends a new rule after the last one, in its indentation', () => {
      const edit = setDecision(big, 'brand_new', 'deny');
      const end = text.lastIndexOf('    }\n  }\n}') + '    }'.length;
      expect(write(text, edit)).toBe(
        text.slice(0, end) +
          ',\n    "brand_new": {\n      "action": "deny"\n    }' +
          text.slice(end),
      );
      expect(reread(write(text, edit))).toEqual(edit.policy);
    });

    it.each([['set_thing_0'], ['set_thing_600'], ['set_thing_1199']])(
      'removes %s with its comma',
      (name) => {
        const edit = setDecision(big, name, 'default');
        const out = write(text, edit);
        expect(reread(out)).toEqual(edit.policy);
        expect(out).not.toContain(`"${name}"`);
        // Removed from a formatted text with its comma, the rest is the next policy formatted.
        expect(out).toBe(formatPolicy(edit.policy));
      },
    );

    it('edits inside one rule without touching the rest of the text', () => {
      const edit = setDecision(big, 'set_thing_7', 'approval');
      const out = write(text, edit);
      const at = text.indexOf('"set_thing_7": {');
      const next = text.indexOf('"set_thing_8": {');
      expect(out.slice(0, at)).toBe(text.slice(0, at));
      expect(out.slice(out.length - (text.length - next))).toBe(text.slice(next));
      expect(reread(out)).toEqual(edit.policy);
    });
  });
});
