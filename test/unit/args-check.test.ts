import { describe, expect, it } from 'vitest';
import { checkArgs } from '../../src/core';

const SCHEMA = {
  type: 'object',
  properties: {
    key: { type: 'string' },
    value: {},
    expire: { type: 'integer' },
    ratio: { type: 'number' },
    mode: { type: 'string', enum: ['fast', 'safe'] },
    nullable: { type: ['string', 'null'] },
    options: {
      type: 'object',
      properties: { force: { type: 'boolean' } },
      required: ['force'],
      additionalProperties: false,
    },
  },
  required: ['key', 'value'],
  additionalProperties: false,
};

describe('checkArgs against a tool inputSchema', () => {
  it.each<[string, Record<string, unknown> | undefined, string[]]>([
    ['fitting args', { key: 'a', value: 1, expire: 5, ratio: 0.5, mode: 'safe' }, []],
    ['an integer where a number is wanted', { key: 'a', value: null, ratio: 2 }, []],
    ['a null where null is allowed', { key: 'a', value: 1, nullable: null }, []],
    [
      'no args at all',
      undefined,
      ['required property key is missing', 'required property value is missing'],
    ],
    ['a missing required property', { key: 'a' }, ['required property value is missing']],
    ['a wrong type', { key: 7, value: 1 }, ['key should be string, not integer']],
    [
      'a fraction where an integer is wanted',
      { key: 'a', value: 1, expire: 1.5 },
      ['expire should be integer, not number'],
    ],
    [
      'a value outside the enum',
      { key: 'a', value: 1, mode: 'slow' },
      ['mode should be one of "fast", "safe", not "slow"'],
    ],
    [
      'a type outside a type list',
      { key: 'a', value: 1, nullable: 3 },
      ['nullable should be string or null, not integer'],
    ],
    [
      'an unknown property',
      { key: 'a', value: 1, extra: true },
      ['extra is not a property of this tool'],
    ],
    [
      'nested objects',
      { key: 'a', value: 1, options: { force: 'yes', other: 1 } },
      [
        'options.force should be boolean, not string',
        'options.other is not a property of this tool',
      ],
    ],
    [
      'a nested required property',
      { key: 'a', value: 1, options: {} },
      ['required property options.force is missing'],
    ],
    [
      'an array where an object is wanted',
      { key: 'a', value: 1, options: [] },
      ['options should be object, not array'],
    ],
  ])('%s', (_, args, expected) => {
    expect(checkArgs(args, SCHEMA)).toEqual(expected);
  });

  it('allows unknown properties unless additionalProperties is false', () => {
    expect(checkArgs({ anything: 1 }, { type: 'object', properties: {} })).toEqual([]);
  });

  it('says nothing without a schema, or with one it cannot read', () => {
    expect(checkArgs({ a: 1 }, undefined)).toEqual([]);
    expect(checkArgs({ a: 1 }, 'object')).toEqual([]);
    expect(checkArgs({ a: 1 }, { required: 'a', properties: [] })).toEqual([]);
  });

  it('takes __proto__ and constructor as ordinary property names', () => {
    const schema = {
      type: 'object',
      properties: {},
      required: ['constructor'],
      additionalProperties: false,
    };
    const args = JSON.parse('{"__proto__": 1}') as Record<string, unknown>;
    expect(checkArgs(args, schema)).toEqual([
      'required property constructor is missing',
      '__proto__ is not a property of this tool',
    ]);
  });
});
