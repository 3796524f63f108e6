import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../src/core/tools/classify';
import { CATEGORIES } from '../../src/core/tools/tool';
import type { Category, Tool, ToolAnnotations } from '../../src/core/tools/tool';
import { FINANCIAL_NOUNS, WORDS, splitWords } from '../../src/core/tools/words';

const RISK_OF = {
  Read: 'Low',
  Write: 'Medium',
  Execute: 'High',
  Destructive: 'High',
  Financial: 'Critical',
} as const;

function category(name: string, annotations?: ToolAnnotations, description?: string): Category {
  const tool: Tool = { name };
  if (annotations) tool.annotations = annotations;
  if (description !== undefined) tool.description = description;
  return classifyTool(tool).category;
}

describe('splitWords', () => {
  it.each([
    ['cache_set', ['cache', 'set']],
    ['getHTTPResponse', ['get', 'HTTP', 'Response']],
    ['listItems2', ['list', 'Items', '2']],
    ['s3-get.object', ['s', '3', 'get', 'object']],
    ['HTTP2Server', ['HTTP', '2', 'Server']],
    ['  delete  ', ['delete']],
    ['__proto__', ['proto']],
    ['Éditer_Élément', ['Éditer', 'Élément']],
    ['', []],
    ['***', []],
  ])('%j → %j', (text, words) => {
    expect(splitWords(text)).toEqual(words);
  });
});

describe('classifyTool', () => {
  it.each([
    // The seeds' tools.
    ['cache_set', 'Write'],
    ['cache_cas', 'Write'],
    ['kv_set', 'Write'],
    ['update_image_set_metadata', 'Write'],
    ['copy_image_set', 'Write'],
    ['get_image_set', 'Read'],
    ['run_query', 'Execute'],
    // Every category from the name, in several spellings.
    ['listUsers', 'Read'],
    ['SearchIssues', 'Read'],
    ['getHTTPResponse', 'Read'],
    ['db.query', 'Read'],
    ['create-issue', 'Write'],
    ['uploadFile', 'Write'],
    ['invokeLambda', 'Execute'],
    ['shell', 'Execute'],
    ['DEPLOY_APP', 'Execute'],
    ['delete_user', 'Destructive'],
    ['dropTable', 'Destructive'],
    ['kv-flush', 'Destructive'],
    ['transfer_funds', 'Financial'],
    ['refund', 'Financial'],
    ['createCharge', 'Financial'],
    // Step 1: financial beats destructive, both beat read/write/execute wherever they stand.
    ['delete_and_refund', 'Financial'],
    ['get_then_delete', 'Destructive'],
    ['list_payments', 'Read'], // "payments" is not "pay": names match whole words only
    // Step 4: the first read, write or execute word decides.
    ['set_then_get', 'Write'],
    ['get_then_set', 'Read'],
    ['run_then_get', 'Execute'],
    // Digits split from letters, so a glued version number hides nothing.
    ['get2', 'Read'],
    ['v2Delete', 'Destructive'],
    // Step 6: nothing known.
    ['hello', 'Write'],
    ['', 'Write'],
    ['getter', 'Write'],
  ] as const)('%s → %s', (name, expected) => {
    expect(category(name)).toBe(expected);
  });

  it.each([
    // Step 1 beats every hint: annotations cannot lower what the name says.
    ['delete_user', { readOnlyHint: true }, 'Destructive'],
    ['pay_invoice', { readOnlyHint: true, destructiveHint: false }, 'Financial'],
    // Step 2.
    ['set_flag', { readOnlyHint: true }, 'Read'],
    ['run_job', { readOnlyHint: true, destructiveHint: true }, 'Read'],
    // Step 3: only an explicit destructiveHint true.
    ['set_flag', { destructiveHint: true }, 'Destructive'],
    ['set_flag', { destructiveHint: false }, 'Write'],
    ['set_flag', {}, 'Write'],
    // Step 4 with readOnlyHint: false turns Read into Write, nothing else.
    ['get_item', { readOnlyHint: false }, 'Write'],
    ['get_item', {}, 'Read'],
    ['run_job', { readOnlyHint: false }, 'Execute'],
    // Hints of the wrong type are not hints.
    ['set_flag', { readOnlyHint: 'true' as unknown as boolean }, 'Write'],
    ['set_flag', { destructiveHint: 1 as unknown as boolean }, 'Write'],
  ] as const)('%s with %j → %s', (name, annotations, expected) => {
    expect(category(name, annotations)).toBe(expected);
  });

  it.each([
    // Step 5: the description, with endings.
    ['expiry', 'Deletes a key', 'Destructive'],
    ['expiry', 'Removed entries are gone', 'Destructive'],
    ['expiry', 'Purges the cache', 'Destructive'],
    // Endings are appended literally, as the contract lists them: English spellings do not match.
    ['expiry', 'Purging the cache', 'Write'],
    ['job', 'Running the job', 'Write'],
    ['file', 'Queried lazily', 'Write'],
    ['expiry', 'Wiped clean', 'Destructive'],
    ['expiry', 'Flushes and truncates', 'Destructive'],
    ['job', 'Runs the job', 'Execute'],
    ['job', 'Executed remotely', 'Execute'],
    ['file', 'Copies the file', 'Write'],
    ['file', 'Taged with a label', 'Write'],
    ['file', 'Queryed lazily', 'Read'],
    ['settle', 'Charges the card on file', 'Financial'],
    ['settle', 'Lists items, then purchases them', 'Financial'],
    ['settle', 'Lists items, then deletes them', 'Destructive'],
    ['lookup', 'Fetches the record', 'Read'],
    ['lookup', 'Searching by prefix', 'Read'],
    ['lookup', 'Adds a row, then reads it back', 'Write'],
    ['lookup', 'Invokes a function', 'Execute'],
    ['lookup', 'Searches, then runs', 'Read'],
    ['lookup', 'The weather tomorrow', 'Write'],
    // Other endings are not the word.
    ['lookup', 'Deletion is permanent', 'Write'],
    ['lookup', 'Returns the payment', 'Write'],
    // The name's read/write/execute word comes before the description.
    ['get_item', 'Deletes nothing, honestly', 'Read'],
    ['set_item', 'Gets and then sets', 'Write'],
  ] as const)('%s described %j → %s', (name, description, expected) => {
    expect(category(name, undefined, description)).toBe(expected);
  });

  it.each([
    ['lookup', { readOnlyHint: false }, 'Fetches the record', 'Write'],
    ['lookup', { readOnlyHint: true }, 'Deletes a key', 'Read'],
    ['lookup', { destructiveHint: true }, 'Fetches the record', 'Destructive'],
  ] as const)('%s with %j described %j → %s', (name, annotations, description, expected) => {
    expect(category(name, annotations, description)).toBe(expected);
  });

  it.each([
    [{ name: 'delete_user' }, 'The name contains "delete".'],
    [{ name: 'DeleteUser' }, 'The name contains "Delete".'],
    [{ name: 'refund' }, 'The name contains "refund".'],
    [
      { name: 'set_flag', annotations: { readOnlyHint: true } },
      'annotations.readOnlyHint is true.',
    ],
    [
      { name: 'set_flag', annotations: { destructiveHint: true } },
      'annotations.destructiveHint is true.',
    ],
    [{ name: 'cache_set' }, 'The name contains "set".'],
    [
      { name: 'get_item', annotations: { readOnlyHint: false } },
      'The name contains "get", but annotations.readOnlyHint is false.',
    ],
    [{ name: 'expiry', description: 'Deletes a key' }, 'The description says "Deletes".'],
    [
      { name: 'hello', description: 'Says "hi"' },
      'No read, write, execute, destructive or financial word in the name or description; unknown tools are treated as writes.',
    ],
  ] as const)('because for %j', (tool, because) => {
    expect(classifyTool(tool as Tool).because).toBe(because);
  });

  it('gives the full classification', () => {
    expect(classifyTool({ name: 'transfer_funds' })).toEqual({
      category: 'Financial',
      risk: 'Critical',
      because: 'The name contains "transfer".',
    });
    expect(classifyTool({ name: 'cache_cas' })).toEqual({
      category: 'Write',
      risk: 'Medium',
      because: 'The name contains "cas".',
    });
  });

  it.each(Object.entries(WORDS))('knows every %s word in a name', (kind, words) => {
    const expected = {
      read: 'Read',
      write: 'Write',
      execute: 'Execute',
      destructive: 'Destructive',
      financial: 'Financial',
    }[kind];
    for (const word of words) expect([word, category(`x_${word}_y`)]).toEqual([word, expected]);
  });

  it('reads no hint from the prototype', () => {
    const annotations = JSON.parse('{"__proto__": {"readOnlyHint": true}}') as ToolAnnotations;
    expect(category('set_flag', annotations)).toBe('Write');
  });

  it('is total: any tool gets one of the five categories with its risk', () => {
    const annotations = fc.record(
      {
        readOnlyHint: fc.oneof(fc.boolean(), fc.jsonValue()),
        destructiveHint: fc.oneof(fc.boolean(), fc.jsonValue()),
        title: fc.string(),
      },
      { requiredKeys: [] },
    );
    const word = fc.constantFrom(...Object.values(WORDS).flat(), 'Deletes', 'x', '_', 'A', '2');
    const text = fc.oneof(
      fc.string(),
      fc.array(word).map((w) => w.join('_')),
    );
    fc.assert(
      fc.property(text, fc.option(text), fc.option(annotations), (name, description, hints) => {
        const tool: Tool = { name };
        if (description !== null) tool.description = description;
        if (hints !== null) tool.annotations = hints as ToolAnnotations;
        const result = classifyTool(tool);
        expect(CATEGORIES).toContain(result.category);
        expect(result.risk).toBe(RISK_OF[result.category]);
        expect(result.because).toMatch(/^[^\n]+\.$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('classifyTool, the revision measured on real servers', () => {
  it.each([
    // Step 1, financial nouns: Financial unless the tool reads.
    ['create_invoice', undefined, 'Financial'],
    ['finalize_invoice', undefined, 'Financial'],
    ['create_payment_link', undefined, 'Financial'],
    ['get_invoice', undefined, 'Read'],
    ['list_payment_links', undefined, 'Read'],
    ['create_invoice', { readOnlyHint: true }, 'Read'],
    ['invoice', undefined, 'Financial'],
    ['couponCreate', undefined, 'Financial'],
    ['update_dispute', undefined, 'Financial'],
    ['payouts', undefined, 'Write'], // names match whole words: "payouts" is not "payout"
    ['list_invoices', undefined, 'Read'],
    ['create_invoices', undefined, 'Write'],
    // A financial or destructive word still comes first.
    ['delete_invoice', undefined, 'Destructive'],
    ['get_refund', undefined, 'Financial'],
    // New words, each deciding from the name.
    ['pg_kill', undefined, 'Destructive'],
    ['version_rollback', undefined, 'Destructive'],
    ['cancel_order', undefined, 'Destructive'],
    ['d1_query', undefined, 'Read'],
    ['sql', undefined, 'Execute'],
    ['trigger_workflow', undefined, 'Execute'],
    ['restartService', undefined, 'Execute'],
    ['whoami', undefined, 'Read'],
    ['configuration_view', undefined, 'Read'],
    ['merge_pull_request', undefined, 'Write'],
    ['apply_migration', undefined, 'Write'],
    ['run_migration', undefined, 'Execute'],
    // Letters and digits split: `exec2` → exec, 2.
    ['exec2', undefined, 'Execute'],
    ['k8sDelete', undefined, 'Destructive'],
  ] as const)('%s with %j → %s', (name, annotations, expected) => {
    expect(category(name, annotations)).toBe(expected);
  });

  it('financial nouns count only in the name', () => {
    expect(category('settle', undefined, 'Finalizes the invoice')).toBe('Write');
    expect(category('settle', undefined, 'Pays the invoice')).toBe('Financial');
  });

  it.each([
    // Step 3: destructiveHint with an execute word is Execute, otherwise Destructive.
    ['run_query', { destructiveHint: true }, undefined, 'Execute'],
    ['execute_sql', { destructiveHint: true }, undefined, 'Execute'],
    ['get_then_run', { destructiveHint: true }, undefined, 'Destructive'],
    ['set_flag', { destructiveHint: true }, undefined, 'Destructive'],
    ['browser_action', { destructiveHint: true }, 'Runs a script in the page', 'Execute'],
    ['browser_action', { destructiveHint: true }, 'Triggered on demand', 'Execute'],
    ['browser_action', { destructiveHint: true }, 'Clears the page', 'Destructive'],
    // The name's own read/write word decides before the description is read.
    ['set_state', { destructiveHint: true }, 'Runs a script', 'Destructive'],
    // Only `true`, given explicitly.
    ['run_query', { destructiveHint: false }, undefined, 'Execute'],
    // Step 2 comes first.
    ['run_query', { readOnlyHint: true, destructiveHint: true }, undefined, 'Read'],
  ] as const)('%s with %j described %j → %s', (name, annotations, description, expected) => {
    expect(category(name, annotations, description)).toBe(expected);
  });

  it.each([
    [{ name: 'create_invoice' }, 'The name contains "invoice", a financial noun.'],
    [
      { name: 'run_query', annotations: { destructiveHint: true } },
      'annotations.destructiveHint is true and the name contains "run".',
    ],
    [
      { name: 'act', annotations: { destructiveHint: true }, description: 'Runs it' },
      'annotations.destructiveHint is true and the description says "Runs".',
    ],
  ] as const)('because for %j', (tool, because) => {
    expect(classifyTool(tool as Tool).because).toBe(because);
  });

  it.each(FINANCIAL_NOUNS)('knows the financial noun %s', (noun) => {
    expect(category(`x_${noun}_y`)).toBe('Financial');
    expect(category(`list_${noun}_y`)).toBe('Read');
  });
});
