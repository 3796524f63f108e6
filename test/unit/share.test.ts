import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  isShareFragment,
  MAX_SHARE_BYTES,
  toBase64Url,
  type SharedDocument,
} from '../../src/core';
import { fragmentOf } from '../fixtures/shareFragment';

const POLICY = '{\n  "version": "1",\n  "default": "deny",\n  "tools": {}\n}\n';

async function deflated(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

async function roundTrip(shared: SharedDocument) {
  const fragment = await fragmentOf(shared);
  return decodeShareFragment(`#${fragment}`);
}

describe('share link encoding', () => {
  it('writes a fragment of URL-safe characters only', async () => {
    const fragment = await fragmentOf({ policy: POLICY, tools: null, serverName: null });
    expect(fragment.startsWith('share=v1.')).toBe(true);
    expect(fragment).toMatch(/^share=v1\.[A-Za-z0-9_-]+$/);
    expect(isShareFragment(`#${fragment}`)).toBe(true);
  });

  it('round-trips a policy without tools', async () => {
    expect(await roundTrip({ policy: POLICY, tools: null, serverName: 'ignored' })).toEqual({
      ok: true,
      shared: { policy: POLICY, tools: null, serverName: null },
      toolFindings: [],
    });
  });

  it('round-trips a policy with its tool list and server name', async () => {
    const tools = [
      { name: 'cache_set', description: 'Set a value', annotations: { readOnlyHint: false } },
      { name: '__proto__', inputSchema: { type: 'object' }, _meta: { x: 1 } },
    ];
    const result = await roundTrip({ policy: POLICY, tools, serverName: 'AWS ✓' });
    expect(result).toEqual({
      ok: true,
      shared: { policy: POLICY, tools, serverName: 'AWS ✓' },
      toolFindings: [],
    });
  });

  it('round-trips any policy text (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), async (policy) => {
        const result = await roundTrip({ policy, tools: null, serverName: null });
        expect(result.ok && result.shared.policy).toBe(policy);
      }),
      { numRuns: 1000 },
    );
  });

  it('compresses: a 1 MB repetitive policy gives a short link', async () => {
    const policy = POLICY.repeat(20_000);
    const fragment = await fragmentOf({ policy, tools: null, serverName: null });
    expect(fragment.length).toBeLessThan(policy.length / 50);
    const result = await decodeShareFragment(fragment);
    expect(result.ok && result.shared.policy).toBe(policy);
  });
});

describe('share link decoding errors are values', () => {
  const cases: [string, () => Promise<string>, string][] = [
    ['no share data', async () => '#section-2', 'it has no shared policy in it'],
    ['another version', async () => '#share=v9.abc', 'made by another version'],
    ['characters outside base64url', async () => '#share=v1.ab+c/d==', 'its data is not valid'],
    ['an impossible base64 length', async () => '#share=v1.abcde', 'its data is not valid'],
    ['empty data', async () => '#share=v1.', 'its data is not valid'],
    ['data that is not deflate', async () => '#share=v1.AAAA-not-deflate', 'damaged or cut off'],
    [
      'cut-off data',
      async () => {
        const full = await fragmentOf({
          policy: POLICY.repeat(50),
          tools: null,
          serverName: null,
        });
        return `#${full.slice(0, full.length - 12)}`;
      },
      'damaged or cut off',
    ],
    [
      'deflated text that is not JSON',
      async () => `#share=v1.${await deflated('hello')}`,
      'not the JSON',
    ],
    [
      'JSON without a policy',
      async () => `#share=v1.${await deflated('{"tools": []}')}`,
      'no policy text',
    ],
    [
      'a tool list that is not a list',
      async () => `#share=v1.${await deflated('{"policy": "{}", "tools": {"name": "a"}}')}`,
      'its tool list cannot be read',
    ],
  ];

  it.each(cases)('%s', async (_, fragment, message) => {
    const result = await decodeShareFragment(await fragment());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.startsWith('This share link cannot be opened: ')).toBe(true);
      expect(result.error).toContain(message);
    }
  });

  it('reports tools it skipped as findings and keeps the rest', async () => {
    const payload = '{"policy": "{}", "tools": [{"name": "a"}, {"name": 5}, {"name": "a"}]}';
    const result = await decodeShareFragment(`share=v1.${await deflated(payload)}`);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.shared.tools).toEqual([{ name: 'a' }]);
      expect(result.toolFindings.map((f) => f.message)).toEqual([
        'Skipped [1]: its "name" is a number, not a string.',
        'Skipped [2]: the name "a" is already used by [0], which is kept.',
      ]);
    }
  });

  it('stops reading past the size limit (a decompression bomb)', async () => {
    const bomb = `#share=v1.${await deflated(' '.repeat(MAX_SHARE_BYTES + 1024))}`;
    expect(bomb.length).toBeLessThan(100_000);
    const result = await decodeShareFragment(bomb);
    expect(result).toEqual({
      ok: false,
      error: 'This share link cannot be opened: it holds more than 24 MB of data.',
    });
  });

  it('never throws, whatever follows the prefix (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (tail) => {
        const result = await decodeShareFragment(`#share=v1.${tail}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('base64url', () => {
  it.each([
    [[], ''],
    [[0], 'AA'],
    [[251, 255], '-_8'],
    [[1, 2, 3], 'AQID'],
  ])('%j ⇄ %s', (bytes, text) => {
    expect(toBase64Url(new Uint8Array(bytes))).toBe(text);
    expect(Array.from(fromBase64Url(text) ?? [])).toEqual(bytes);
  });

  it('round-trips any bytes (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200_000 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('encodeShareFragment on deep input', () => {
  it('returns a message, not an exception, for a 10,000-level schema', async () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 10_000; i++) schema = { type: 'object', properties: { x: schema } };
    const result = await encodeShareFragment({
      policy: '{}',
      tools: [{ name: 'deep', inputSchema: schema }],
      serverName: 'Deep',
    });
    expect(result).toEqual({
      ok: false,
      error:
        'The share link cannot be made: the tool list is nested too deeply to write out (a schema thousands of levels deep). Share the link without the tool list, or share the files instead.',
    });
  });
});
