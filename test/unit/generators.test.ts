import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  burstCalls,
  checkArgs,
  loopCalls,
  mixCalls,
  mulberry32,
  sampleArgs,
  type MixTool,
} from '../../src/core';

const SET_SCHEMA = {
  type: 'object',
  properties: {
    key: { type: 'string' },
    mode: { enum: ['fast', 'safe'] },
    ttl: { type: 'integer', minimum: 10, maximum: 20 },
    ratio: { type: 'number', minimum: 0, maximum: 1 },
    force: { type: 'boolean' },
    tags: { type: 'array' },
    meta: { type: 'object', properties: { owner: { type: 'string' } }, required: ['owner'] },
    note: { type: ['null', 'string'] },
    kind: { const: 'k' },
  },
  required: ['key', 'mode', 'ttl', 'ratio', 'force', 'tags', 'meta', 'note', 'kind'],
  additionalProperties: false,
};

const TOOLS: MixTool[] = [
  { name: 'cache_set', inputSchema: SET_SCHEMA },
  { name: 'kv_get' },
  { name: 'copy_image_set', inputSchema: { type: 'object' } },
];

describe('mulberry32', () => {
  it('gives the reference sequence for seed 1', () => {
    const random = mulberry32(1);
    expect([random(), random(), random()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
  });

  it('gives numbers in [0, 1), the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        const first = Array.from({ length: 5 }, () => a());
        expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
        expect(Array.from({ length: 5 }, () => b())).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('loop and burst', () => {
  it('makes a loop: N calls of one tool, one every M ms, from one grant', () => {
    expect(
      loopCalls({
        tool: 'cache_set',
        count: 4,
        everyMs: 1500,
        from: 100,
        grant: 'g1',
        args: { key: 'k' },
      }),
    ).toEqual([
      { tool: 'cache_set', args: { key: 'k' }, offset: 100, grant: 'g1' },
      { tool: 'cache_set', args: { key: 'k' }, offset: 1600, grant: 'g1' },
      { tool: 'cache_set', args: { key: 'k' }, offset: 3100, grant: 'g1' },
      { tool: 'cache_set', args: { key: 'k' }, offset: 4600, grant: 'g1' },
    ]);
  });

  it('makes a burst: N calls at one moment', () => {
    expect(burstCalls({ tool: 'kv_set', count: 3, from: 5000, session: 's' })).toEqual([
      { tool: 'kv_set', offset: 5000, session: 's' },
      { tool: 'kv_set', offset: 5000, session: 's' },
      { tool: 'kv_set', offset: 5000, session: 's' },
    ]);
  });

  it.each([
    [0, 0],
    [-3, 0],
    [2.7, 2],
    [Number.NaN, 0],
    [1e9, 100_000],
  ])('makes %s calls into %s', (count, length) => {
    expect(loopCalls({ tool: 't', count, everyMs: 1, from: 0 })).toHaveLength(length);
  });
});

describe('mix', () => {
  it('is reproducible: the same seed gives the same calls', () => {
    const options = { tools: TOOLS, count: 50, seed: 7, from: 0, spanMs: 60_000, grants: 3 };
    expect(mixCalls(options)).toEqual(mixCalls(options));
    expect(mixCalls({ ...options, seed: 8 })).not.toEqual(mixCalls(options));
  });

  it('gives these calls for seed 7 (the sequence is part of the scenario format)', () => {
    expect(
      mixCalls({
        tools: [
          { name: 'a' },
          {
            name: 'b',
            inputSchema: { type: 'object', properties: { n: { enum: [1, 2] } }, required: ['n'] },
          },
        ],
        count: 3,
        seed: 7,
        from: 1000,
        spanMs: 10_000,
        grants: 2,
      }),
    ).toEqual([
      { tool: 'a', args: {}, offset: 1619, grant: 'grant-2' },
      { tool: 'b', args: { n: 2 }, offset: 5055, grant: 'grant-1' },
      { tool: 'a', args: {}, offset: 6533, grant: 'grant-2' },
    ]);
  });

  it('keeps calls in time order, within the span, over the given tools and grants, with args that fit', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 5 }),
        (seed, count, spanMs, grants) => {
          const calls = mixCalls({ tools: TOOLS, count, seed, from: 500, spanMs, grants });
          const names = TOOLS.map((t) => t.name);
          const grantNames = Array.from({ length: grants }, (_, i) => `grant-${i + 1}`);
          const wrong = calls.filter(
            (call, i) =>
              call.offset < 500 ||
              call.offset >= 500 + spanMs ||
              (i > 0 && call.offset < calls[i - 1]!.offset) ||
              !names.includes(call.tool) ||
              !grantNames.includes(call.grant ?? '') ||
              checkArgs(call.args, TOOLS.find((t) => t.name === call.tool)?.inputSchema).length > 0,
          );
          expect(calls.length).toBe(count);
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('makes nothing without tools', () => {
    expect(mixCalls({ tools: [], count: 10, seed: 1, from: 0, spanMs: 1000, grants: 1 })).toEqual(
      [],
    );
  });
});

describe('sampleArgs', () => {
  it('fills the required properties with values of their types', () => {
    const args = sampleArgs(SET_SCHEMA, mulberry32(3));
    expect(Object.keys(args)).toEqual(SET_SCHEMA.required);
    expect(args.kind).toBe('k');
    expect(args.tags).toEqual([]);
    expect(typeof args.note).toBe('string');
    expect(checkArgs(args, SET_SCHEMA)).toEqual([]);
  });

  it('gives {} for a missing or odd schema', () => {
    expect(sampleArgs(undefined, mulberry32(1))).toEqual({});
    expect(sampleArgs({ type: 'object', required: 'key' }, mulberry32(1))).toEqual({});
  });
});
