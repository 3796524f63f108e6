/**
 * The word lists of the risk classification (POLICY_FORMAT.md, "Risk classification") and the
 * splitting of names and descriptions into words. Everything is precomputed once, so that
 * classifying a tool is a scan of its text plus map look-ups.
 */

export type WordKind = 'read' | 'write' | 'execute' | 'destructive' | 'financial';

export const WORDS: Readonly<Record<WordKind, readonly string[]>> = {
  read: [
    'get',
    'list',
    'describe',
    'read',
    'search',
    'query',
    'fetch',
    'find',
    'show',
    'view',
    'count',
    'retrieve',
    'download',
    'inspect',
    'monitor',
    'analyze',
    'check',
    'explain',
    'diff',
    'status',
    'screenshot',
    'snapshot',
    'whoami',
    'ping',
    'track',
  ],
  write: [
    'set',
    'put',
    'create',
    'update',
    'add',
    'copy',
    'write',
    'upload',
    'tag',
    'edit',
    'insert',
    'modify',
    'cas',
    'scale',
    'merge',
    'close',
    'send',
    'post',
    'approve',
    'assign',
    'move',
    'rename',
    'commit',
    'push',
    'patch',
    'link',
    'reply',
    'submit',
    'mark',
    'transition',
    'resolve',
    'fork',
    'clone',
    'upsert',
    'append',
    'enable',
    'disable',
    'toggle',
    'star',
    'unstar',
    'publish',
    'apply',
    'replace',
  ],
  execute: [
    'exec',
    'execute',
    'run',
    'invoke',
    'eval',
    'shell',
    'command',
    'deploy',
    'trigger',
    'rerun',
    'start',
    'restart',
    'install',
    'upgrade',
    'promote',
    'migrate',
    'migration',
    'sql',
    'script',
    'evaluate',
  ],
  destructive: [
    'delete',
    'remove',
    'drop',
    'destroy',
    'terminate',
    'purge',
    'flush',
    'truncate',
    'wipe',
    'kill',
    'revoke',
    'uninstall',
    'erase',
    'discard',
    'evict',
    'drain',
    'cancel',
    'reset',
    'rollback',
    'overwrite',
  ],
  financial: ['pay', 'transfer', 'charge', 'refund', 'purchase', 'withdraw', 'buy', 'sell'],
};

/**
 * Nouns that make a name Financial in step 1 unless the tool only reads (`create_invoice`, but
 * not `get_invoice`). They count in names only: a description mentioning a payment says little.
 */
export const FINANCIAL_NOUNS: readonly string[] = [
  'invoice',
  'payment',
  'payout',
  'coupon',
  'dispute',
];

const financialNouns = new Set(FINANCIAL_NOUNS);
const NOUN_MAX = Math.max(...FINANCIAL_NOUNS.map((w) => w.length));

/** True when a word of a name is a financial noun (exact match, any case). */
export function isFinancialNoun(word: string): boolean {
  return word.length <= NOUN_MAX && financialNouns.has(word.toLowerCase());
}

/** Endings a description word may add to a listed word ("Deletes" counts as "delete"). */
export const DESCRIPTION_SUFFIXES = ['s', 'es', 'd', 'ed', 'ing'] as const;

const KINDS = Object.keys(WORDS) as WordKind[];

/** Exact words of a name → their kind. */
const nameWords = new Map<string, WordKind>();
/** Words of a description, with every allowed ending → their kind. */
const descriptionWords = new Map<string, WordKind>();

for (const kind of KINDS) {
  for (const word of WORDS[kind]) {
    nameWords.set(word, kind);
    descriptionWords.set(word, kind);
  }
}

/**
 * The word with each ending plainly appended ("Deletes", "Deleted", "Deleteing"), exactly as the
 * contract says. English spellings such as "Deleting" or "Copies" do not match: the contract
 * lists the endings, and a wider rule would change categories it fixes ("Copies the listing").
 */
function withEndings(word: string): string[] {
  return DESCRIPTION_SUFFIXES.map((suffix) => word + suffix);
}

// Exact words first, so an ending can never make a listed word change its kind.
for (const kind of KINDS) {
  for (const word of WORDS[kind]) {
    for (const form of withEndings(word)) {
      if (!descriptionWords.has(form)) descriptionWords.set(form, kind);
    }
  }
}

function lengths(words: Iterable<string>): { min: number; max: number } {
  let min = Infinity;
  let max = 0;
  for (const w of words) {
    min = Math.min(min, w.length);
    max = Math.max(max, w.length);
  }
  return { min, max };
}

const NAME_LENGTHS = lengths(nameWords.keys());
const DESCRIPTION_LENGTHS = lengths(descriptionWords.keys());

/** The kind of a word of a tool name (exact match, any case), or undefined. */
export function nameWordKind(word: string): WordKind | undefined {
  if (word.length < NAME_LENGTHS.min || word.length > NAME_LENGTHS.max) return undefined;
  return nameWords.get(word.toLowerCase());
}

/** The kind of a word of a description (a listed word, possibly with an ending), or undefined. */
export function descriptionWordKind(word: string): WordKind | undefined {
  if (word.length < DESCRIPTION_LENGTHS.min || word.length > DESCRIPTION_LENGTHS.max) {
    return undefined;
  }
  return descriptionWords.get(word.toLowerCase());
}

// Character classes for splitting. Non-ASCII characters are rare in tool names, so they take the
// slower path through these (compiled once) Unicode property tests.
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;
const MARK = 4;
const SEPARATOR = 0;
const unicodeUpper = /^\p{Lu}$/u;
const unicodeLetter = /^\p{L}$/u;
const unicodeDigit = /^\p{N}$/u;
const unicodeMark = /^\p{M}$/u;

function classOf(text: string, index: number, code: number): number {
  if (code < 128) {
    if (code >= 97 && code <= 122) return LOWER;
    if (code >= 65 && code <= 90) return UPPER;
    if (code >= 48 && code <= 57) return DIGIT;
    return SEPARATOR;
  }
  const ch = String.fromCodePoint(text.codePointAt(index) ?? code);
  if (unicodeUpper.test(ch)) return UPPER;
  // Letters without case (CJK, …) behave like lower case: they never start a camelCase word.
  if (unicodeLetter.test(ch)) return LOWER;
  if (unicodeDigit.test(ch)) return DIGIT;
  if (unicodeMark.test(ch)) return MARK;
  return SEPARATOR;
}

/**
 * Calls `visit(word)` for each word of `text`, in order, until it returns true. Words are runs of
 * letters and digits, further split at camelCase boundaries (`getHTTPResponse` → get, HTTP,
 * Response) and between letters and digits (`listItems2` → list, Items, 2; `s3Get` → s, 3, Get),
 * so a version number or counter glued to a word never hides it. Words keep their case.
 */
export function forEachWord(text: string, visit: (word: string) => boolean): void {
  const n = text.length;
  let start = -1;
  let prev = SEPARATOR;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const cls = classOf(text, i, code);
    if (cls === SEPARATOR) {
      if (start >= 0 && visit(text.slice(start, i))) return;
      start = -1;
    } else if (cls === MARK) {
      // A combining mark belongs to the character before it; alone it starts nothing.
    } else if (start < 0) {
      start = i;
      prev = cls;
    } else {
      if (startsWord(prev, cls, text, i + width)) {
        if (visit(text.slice(start, i))) return;
        start = i;
      }
      prev = cls;
    }
    i += width;
  }
  if (start >= 0) visit(text.slice(start, n));
}

function startsWord(prev: number, cls: number, text: string, next: number): boolean {
  if (prev === DIGIT || cls === DIGIT) return prev !== cls;
  if (cls !== UPPER) return false;
  if (prev === LOWER) return true;
  // An upper-case run ends before its last letter when a lower-case letter follows: HTTP|Response.
  return next < text.length && classOf(text, next, text.charCodeAt(next)) === LOWER;
}

/** The words of `text` (see forEachWord). */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (word) => {
    words.push(word);
    return false;
  });
  return words;
}
