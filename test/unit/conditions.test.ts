import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/core/schema';
import { evaluateCondition, MISSING, readPath } from '../../src/core/simulate/conditions';
import { jsonEqual } from '../../src/core/simulate/jsonEqual';

describe('readPath', () => {
  it.each([
    ['args.a', { a: 1 }, 1],
    ['args.a.b', { a: { b: 'x' } }, 'x'],
    ['args.a.0', { a: [10, 20] }, 10],
    ['args.a.1.b', { a: [{}, { b: null }] }, null],
    ['args.a.2', { a: [10, 20] }, MISSING],
    ['args.a.01', { a: [10, 20] }, MISSING],
    ['args.a.-1', { a: [10, 20] }, MISSING],
    ['args.a.1e0', { a: [10, 20] }, MISSING],
    ['args.a.length', { a: [10, 20] }, MISSING],
    ['args.a.x', { a: [10, 20] }, MISSING],
    ['args.a.0', { a: { '0': 'zero' } }, 'zero'],
    ['args.a.b', { a: 'text' }, MISSING],
    ['args.a.length', { a: 'text' }, MISSING],
    ['args.a.b', { a: null }, MISSING],
    ['args.a.b', { a: 5 }, MISSING],
    ['args.constructor', {}, MISSING],
    ['args.toString', {}, MISSING],
    ['args.__proto__', {}, MISSING],
    ['args.hasOwnProperty', { a: 1 }, MISSING],
    ['args.__proto__', JSON.parse('{"__proto__": 7}') as unknown, 7],
    ['args.a', undefined, MISSING],
    ['args.a', { a: undefined }, MISSING],
    ['args.a', { a: false }, false],
    ['args.a', { a: 0 }, 0],
    ['args.a', { a: '' }, ''],
  ])('%s in %j → %s', (path, args, expected) => {
    expect(readPath(args, path)).toEqual(expected);
  });
});

describe('jsonEqual', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: 1, b: 2 }, { a: 1, c: 2 }, false],
    [[1, 2], [2, 1], false],
    [[1, 2], { 0: 1, 1: 2 }, false],
    [{}, [], false],
    [null, {}, false],
    [null, null, true],
    ['1', 1, false],
    [0, -0, true],
    [[], [], true],
    [[[]], [[]], true],
    [{ a: { b: { c: 'x' } } }, { a: { b: { c: 'y' } } }, false],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(jsonEqual(a, b)).toBe(expected);
    expect(jsonEqual(b, a)).toBe(expected);
  });
});

const c = (op: string, value?: unknown, path = 'args.x'): Condition =>
  (value === undefined ? { path, op } : { path, op, value }) as Condition;

describe('evaluateCondition', () => {
  it.each<[string, Condition, unknown, boolean]>([
    // eq / neq: deep, key order ignored
    ['eq number', c('eq', 5), { x: 5 }, true],
    ['eq other number', c('eq', 5), { x: 6 }, false],
    ['eq string vs number', c('eq', '5'), { x: 5 }, false],
    ['eq null', c('eq', null), { x: null }, true],
    ['eq object, other key order', c('eq', { a: 1, b: [1, 2] }), { x: { b: [1, 2], a: 1 } }, true],
    ['eq object, extra key', c('eq', { a: 1 }), { x: { a: 1, b: 2 } }, false],
    ['eq array order matters', c('eq', [1, 2]), { x: [2, 1] }, false],
    ['eq missing', c('eq', null), {}, false],
    ['eq no args', c('eq', 1), undefined, false],
    ['neq other', c('neq', 5), { x: 6 }, true],
    ['neq same', c('neq', 5), { x: 5 }, false],
    ['neq same object, other key order', c('neq', { a: 1, b: 2 }), { x: { b: 2, a: 1 } }, false],
    ['neq missing', c('neq', 5), {}, true],
    ['neq no args', c('neq', 5), undefined, true],
    // in / not_in
    ['in listed', c('in', ['a', 'b']), { x: 'b' }, true],
    ['in not listed', c('in', ['a', 'b']), { x: 'c' }, false],
    ['in object, other key order', c('in', [{ a: 1, b: 2 }]), { x: { b: 2, a: 1 } }, true],
    ['in empty list', c('in', []), { x: 'a' }, false],
    ['in missing', c('in', ['a']), {}, false],
    ['not_in listed', c('not_in', ['a', 'b']), { x: 'a' }, false],
    ['not_in not listed', c('not_in', ['a', 'b']), { x: 'c' }, true],
    ['not_in missing', c('not_in', ['a']), {}, true],
    ['not_in no args', c('not_in', ['a']), undefined, true],
    // lt lte gt gte: numbers only
    ['lt below', c('lt', 10), { x: 9 }, true],
    ['lt equal', c('lt', 10), { x: 10 }, false],
    ['lte equal', c('lte', 10), { x: 10 }, true],
    ['lte above', c('lte', 10), { x: 10.5 }, false],
    ['gt above', c('gt', 10), { x: 11 }, true],
    ['gt equal', c('gt', 10), { x: 10 }, false],
    ['gte equal', c('gte', 10), { x: 10 }, true],
    ['gte below', c('gte', 10), { x: -3 }, false],
    ['gt numeric string', c('gt', 1), { x: '5' }, false],
    ['lt numeric string', c('lt', 10), { x: '5' }, false],
    ['lt null', c('lt', 10), { x: null }, false],
    ['lte boolean', c('lte', 10), { x: false }, false],
    ['gte array', c('gte', 0), { x: [5] }, false],
    ['lt missing', c('lt', 10), {}, false],
    ['gte missing', c('gte', -1), undefined, false],
    // regex: strings only
    ['regex matches', c('regex', '^prod-'), { x: 'prod-db' }, true],
    ['regex unanchored', c('regex', 'db'), { x: 'prod-db' }, true],
    ['regex no match', c('regex', '^prod-'), { x: 'dev-db' }, false],
    ['regex is case-sensitive', c('regex', '^prod'), { x: 'PROD' }, false],
    ['regex number', c('regex', '^1'), { x: 12 }, false],
    ['regex array', c('regex', 'a'), { x: ['a'] }, false],
    ['regex missing', c('regex', '.*'), {}, false],
    ['regex that does not compile', c('regex', '('), { x: '(' }, false],
    // contains
    ['contains substring', c('contains', 'rm -rf'), { x: 'sudo rm -rf /' }, true],
    ['contains no substring', c('contains', 'rm -rf'), { x: 'ls' }, false],
    ['contains empty substring', c('contains', ''), { x: 'ls' }, true],
    ['contains string, number value', c('contains', 1), { x: '123' }, false],
    ['contains array element', c('contains', 'b'), { x: ['a', 'b'] }, true],
    ['contains array, no element', c('contains', 'c'), { x: ['a', 'b'] }, false],
    ['contains array, substring only', c('contains', 'b'), { x: ['abc'] }, false],
    ['contains array, deep element', c('contains', { k: 1, v: 2 }), { x: [{ v: 2, k: 1 }] }, true],
    ['contains array, array element', c('contains', [1]), { x: [[1], [2]] }, true],
    ['contains object', c('contains', 'a'), { x: { a: 'a' } }, false],
    ['contains number', c('contains', 1), { x: 1 }, false],
    ['contains missing', c('contains', 'a'), {}, false],
    // exists
    ['exists present', c('exists'), { x: 0 }, true],
    ['exists present null', c('exists'), { x: null }, true],
    ['exists missing', c('exists'), {}, false],
    ['exists true present', c('exists', true), { x: 'a' }, true],
    ['exists true missing', c('exists', true), {}, false],
    ['exists false present', c('exists', false), { x: 'a' }, false],
    ['exists false missing', c('exists', false), {}, true],
    ['exists false, no args', c('exists', false), undefined, true],
    ['exists, no args', c('exists'), undefined, false],
    // paths
    ['nested path', c('eq', true, 'args.options.force'), { options: { force: true } }, true],
    ['array index', c('eq', 'b', 'args.items.1'), { items: ['a', 'b'] }, true],
    ['array index past the end', c('exists', true, 'args.items.2'), { items: ['a', 'b'] }, false],
    ['non-integer segment on array', c('exists', true, 'args.items.length'), { items: [1] }, false],
    ['non-integer segment on array, neq', c('neq', 1, 'args.items.length'), { items: [1] }, true],
    ['leading-zero index', c('eq', 'b', 'args.items.01'), { items: ['a', 'b'] }, false],
    ['digit key on object', c('eq', 'b', 'args.items.1'), { items: { 1: 'b' } }, true],
    ['segment into a string', c('exists', true, 'args.s.length'), { s: 'abc' }, false],
    ['args.constructor on {}', c('exists', true, 'args.constructor'), {}, false],
    ['args.constructor on {} with neq', c('neq', 1, 'args.constructor'), {}, true],
    ['args.toString eq on {}', c('eq', null, 'args.toString'), {}, false],
    ['args.__proto__ exists false on {}', c('exists', false, 'args.__proto__'), {}, true],
    ['own constructor property', c('eq', 1, 'args.constructor'), { constructor: 1 }, true],
  ])('%s', (_name, condition, args, expected) => {
    expect(evaluateCondition(condition, args)).toBe(expected);
  });
});
