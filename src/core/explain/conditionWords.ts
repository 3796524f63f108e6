import type { Condition } from '../schema';

const MAX_VALUE = 60;

const OP_WORDS = {
  eq: 'equals',
  neq: 'does not equal',
  in: 'is one of',
  not_in: 'is not one of',
  lt: 'is less than',
  lte: 'is at most',
  gt: 'is greater than',
  gte: 'is at least',
  regex: 'matches regex',
  contains: 'contains',
} as const;

function clip(text: string): string {
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function valueWords(value: unknown): string {
  return clip(JSON.stringify(value) ?? 'null');
}

// Characters that mean something in a RegExp when not escaped.
const SPECIAL = new Set([...'.*+?()[]{}|^$\\']);

/** The literal text a regex body stands for (`\/etc` → `/etc`), or null when it is more. */
function literal(body: string): string | null {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch === '\\') {
      const next = body[i + 1];
      // `\d`, `\w`… are classes, not letters; only escaped punctuation is literal.
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return null;
      out += next;
      i++;
    } else if (SPECIAL.has(ch)) {
      return null;
    } else {
      out += ch;
    }
  }
  return out;
}

/** A regex that is only literal text, maybe anchored (`^\\/etc`): the text and its anchors. */
export interface RegexLiteral {
  text: string;
  start: boolean;
  end: boolean;
}

/** The literal text a regex stands for, with its anchors; null when it is more than that. */
export function regexLiteral(source: string): RegexLiteral | null {
  const start = source.startsWith('^');
  const body = source.slice(start ? 1 : 0);
  const end = body.endsWith('$') && !body.endsWith('\\$');
  const text = literal(end ? body.slice(0, -1) : body);
  return text === null || text === '' ? null : { text, start, end };
}

// `^lit`, `lit$` and `^lit$` read as words; anything else stays a regex.
function regexWords(source: string): string {
  const found = regexLiteral(source);
  if (found !== null && (found.start || found.end)) {
    const shown = valueWords(found.text);
    if (found.start && found.end) return `is exactly ${shown}`;
    return found.start ? `starts with ${shown}` : `ends with ${shown}`;
  }
  return `matches regex ${clip(source)}`;
}

/** The argument a condition's path names, for people: `args.options.force` → `options.force`. */
export function argumentName(path: string): string {
  return path.startsWith('args.') ? path.slice('args.'.length) : path;
}

/** A condition as a clause: `path starts with "/etc"`, `amount is greater than 100`. */
export function conditionWords(condition: Condition): string {
  const name = argumentName(condition.path);
  switch (condition.op) {
    case 'exists':
      return condition.value === false ? `${name} is missing` : `${name} is present`;
    case 'regex':
      return `${name} ${regexWords(condition.value)}`;
    case 'in':
    case 'not_in':
      return `${name} ${OP_WORDS[condition.op]} ${clip(condition.value.map(valueWords).join(', '))}`;
    default:
      return `${name} ${OP_WORDS[condition.op]} ${valueWords(condition.value)}`;
  }
}
