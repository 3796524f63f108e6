import type { core } from 'zod';
import type { Finding } from '../findings';
import { quote } from '../json';
import {
  allToolsSchema,
  conditionSchema,
  limitSchema,
  OPERATORS,
  policySchema,
  ruleSchema,
} from '../schema';
import { closestKey } from './closestKey';
import { isOutOfRange, outOfRangeMessage } from './outOfRange';
import type { Locator } from './locate';
import { valueAt } from '../values';

type Issue = core.$ZodIssue;
type Path = (string | number)[];

const POLICY_KEYS = Object.keys(policySchema.shape);
const ALL_TOOLS_KEYS = Object.keys(allToolsSchema.shape);
const RULE_KEYS = Object.keys(ruleSchema.shape);
const LIMIT_KEYS = Object.keys(limitSchema.shape);
const CONDITION_KEYS = Object.keys(conditionSchema.options[0].shape);

/** The keys the object at `path` may have, for suggestions. */
function knownKeys(path: Path): readonly string[] {
  const [first, , third] = path;
  if (path.length === 0) return POLICY_KEYS;
  if (first === 'all_tools') return path.length === 1 ? ALL_TOOLS_KEYS : LIMIT_KEYS;
  if (first === 'tools' && path.length === 2) return RULE_KEYS;
  if (third === 'limits') return LIMIT_KEYS;
  if (third === 'require' || third === 'deny_if') return CONDITION_KEYS;
  return [];
}

/** True when `path` names a key its (existing) parent object does not have. */
function isMissing(root: unknown, path: Path): boolean {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return false;
  const parent = valueAt(root, path.slice(0, -1));
  return (
    typeof parent === 'object' &&
    parent !== null &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, last)
  );
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  object: 'an object',
  array: 'a list (an array)',
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  record: 'an object (tool name → rule)',
};

/** How messages name the place: `"action"`, `Item 2 of "hide"`, `The rule for "x"`. */
function subject(path: Path): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'The policy';
  if (path.length === 2 && path[0] === 'tools') return `The rule for ${quote(String(last))}`;
  if (typeof last === 'number') {
    const owner = path[path.length - 2];
    return `Item ${last} of ${quote(String(owner))}`;
  }
  return quote(last);
}

function unknownKeyMessage(key: string, path: Path): string {
  if (key === 'rate_limit') {
    return (
      'Unknown key "rate_limit": the shorthand is accepted only directly in a rule; ' +
      'here write a limit under "limits"'
    );
  }
  const suggestion = closestKey(key, knownKeys(path));
  return suggestion
    ? `Unknown key ${quote(key)} — did you mean ${quote(suggestion)}?`
    : `Unknown key ${quote(key)}`;
}

/** A union branch that got past the type check, whose issues say more than the union's. */
function telling(branches: Issue[][]): Issue[] | null {
  for (const issues of branches) {
    const typeOnly = issues.every(
      (i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'),
    );
    if (!typeOnly) return issues;
  }
  return null;
}

/**
 * Findings for zod issues. `base` is where the validated value sits in the policy and `root`
 * the whole (rewritten) document, to tell a missing key from a wrong one.
 */
export function issueFindings(
  issues: readonly Issue[],
  base: Path,
  root: unknown,
  locator: Locator,
): Finding[] {
  const findings: Finding[] = [];
  const visit = (issue: Issue, prefix: Path): void => {
    const path: Path = [
      ...prefix,
      ...issue.path.map((s) => (typeof s === 'number' ? s : String(s))),
    ];
    if (issue.code !== 'unrecognized_keys' && isMissing(root, path) && path.at(-1) !== 'op') {
      findings.push(
        locator.at('error', `Missing required key ${quote(String(path.at(-1)))}`, path, 'start'),
      );
      return;
    }
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          findings.push(locator.at('error', unknownKeyMessage(key, path), [...path, key], 'key'));
        }
        return;
      case 'invalid_union': {
        if (issue.discriminator === 'op' || path[path.length - 1] === 'op') {
          findings.push(operatorFinding(path, root, locator));
          return;
        }
        const branch = telling(issue.errors);
        if (branch) {
          for (const inner of branch) visit(inner, path);
          return;
        }
        findings.push(locator.at('error', issue.message, path));
        return;
      }
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        const value = valueAt(root, path);
        const got = describeType(value);
        // A number like 1e400 reads as Infinity, which zod reports as "expected number":
        // say the number is out of range instead of "must be a number, not a number".
        // The schema's own messages (whole numbers) say it best; zod's generic ones don't.
        const message = isOutOfRange(value)
          ? outOfRangeMessage(subject(path))
          : issue.message.startsWith('Invalid input')
            ? `${subject(path)} must be ${expected}, not ${got}`
            : issue.message;
        findings.push(locator.at('error', message, path));
        return;
      }
      case 'invalid_value': {
        const options = issue.values.map((v) => JSON.stringify(v));
        const got = valueAt(root, path);
        const shown = typeof got === 'string' ? quote(got) : describeType(got);
        const choice =
          options.length === 1
            ? options[0]
            : `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
        findings.push(
          locator.at('error', `${subject(path)} must be ${choice}, not ${shown}`, path),
        );
        return;
      }
      default:
        findings.push(locator.at('error', issue.message, path));
    }
  };
  for (const issue of issues) visit(issue, base);
  return findings;
}

function operatorFinding(path: Path, root: unknown, locator: Locator): Finding {
  const opPath = path[path.length - 1] === 'op' ? path : [...path, 'op'];
  const op = valueAt(root, opPath);
  const list = OPERATORS.join(', ');
  if (op === undefined) {
    return locator.at('error', `A condition needs "op": one of ${list}`, opPath, 'start');
  }
  const shown = typeof op === 'string' ? quote(op) : describeType(op);
  const suggestion = typeof op === 'string' ? closestKey(op, OPERATORS) : null;
  const hint = suggestion ? ` — did you mean ${quote(suggestion)}?` : '';
  return locator.at('error', `Unknown op ${shown}: use one of ${list}${hint}`, opPath);
}
