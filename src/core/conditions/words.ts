import type { Condition, Operator } from '../schema';
import { startsWithText } from './startsWith';

/**
 * What a condition tests, as a person chooses it. Every format operator has one (`exists` two,
 * by its value); "starts with" is no operator of its own: it is written as an anchored,
 * escaped `regex`.
 */
export const CONDITION_WORDS = [
  'equals',
  'not_equals',
  'one_of',
  'not_one_of',
  'starts_with',
  'contains',
  'matches',
  'less_than',
  'at_most',
  'greater_than',
  'at_least',
  'is_set',
  'is_not_set',
] as const;

export type ConditionWord = (typeof CONDITION_WORDS)[number];

/** What the person reads for each word. */
export const CONDITION_WORD_LABELS: Readonly<Record<ConditionWord, string>> = {
  equals: 'equals',
  not_equals: 'does not equal',
  one_of: 'is one of',
  not_one_of: 'is not one of',
  starts_with: 'starts with',
  contains: 'contains',
  matches: 'matches regex',
  less_than: 'is less than',
  at_most: 'is at most',
  greater_than: 'is greater than',
  at_least: 'is at least',
  is_set: 'is set',
  is_not_set: 'is not set',
};

/** The operator each word writes. */
export const WORD_OPERATORS: Readonly<Record<ConditionWord, Operator>> = {
  equals: 'eq',
  not_equals: 'neq',
  one_of: 'in',
  not_one_of: 'not_in',
  starts_with: 'regex',
  contains: 'contains',
  matches: 'regex',
  less_than: 'lt',
  at_most: 'lte',
  greater_than: 'gt',
  at_least: 'gte',
  is_set: 'exists',
  is_not_set: 'exists',
};

/** True for the words whose value is a list ("is one of", "is not one of"). */
export function isListWord(word: ConditionWord): boolean {
  return word === 'one_of' || word === 'not_one_of';
}

/** True for the words that take no value ("is set", "is not set"). */
export function isPresenceWord(word: ConditionWord): boolean {
  return word === 'is_set' || word === 'is_not_set';
}

/** The word a written condition reads as (a regex `^` + escaped text reads "starts with"). */
export function conditionWord(condition: Condition): ConditionWord {
  switch (condition.op) {
    case 'eq':
      return 'equals';
    case 'neq':
      return 'not_equals';
    case 'in':
      return 'one_of';
    case 'not_in':
      return 'not_one_of';
    case 'lt':
      return 'less_than';
    case 'lte':
      return 'at_most';
    case 'gt':
      return 'greater_than';
    case 'gte':
      return 'at_least';
    case 'contains':
      return 'contains';
    case 'regex': {
      const text = startsWithText(condition.value);
      return text !== null && text !== '' ? 'starts_with' : 'matches';
    }
    case 'exists':
      return condition.value === false ? 'is_not_set' : 'is_set';
  }
}
