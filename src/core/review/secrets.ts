import { splitWords } from '../tools/words';
import type { Tool } from '../tools/tool';

// Words that name a secret on their own; "key" and "token" alone are too common (cache keys,
// page tokens), so they count only in the phrases below.
const SECRET_WORDS = new Set([
  'secret',
  'secrets',
  'password',
  'passwords',
  'passwd',
  'credential',
  'credentials',
  'apikey',
  'apikeys',
  'env',
  'dotenv',
  'kubeconfig',
  'dsn',
  'dsns',
]);

const SECRET_PHRASES: readonly (readonly string[])[] = [
  ['connection', 'string'],
  ['connection', 'strings'],
  ['environment', 'variable'],
  ['environment', 'variables'],
  ['api', 'key'],
  ['api', 'keys'],
  ['access', 'key'],
  ['access', 'keys'],
  ['private', 'key'],
  ['secret', 'key'],
  ['ssh', 'key'],
  ['access', 'token'],
  ['access', 'tokens'],
  ['auth', 'token'],
  ['bearer', 'token'],
  ['refresh', 'token'],
];

function phraseIn(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (SECRET_WORDS.has(word)) return word;
    const phrase = SECRET_PHRASES.find((p) => p.every((part, j) => words[i + j] === part));
    if (phrase) return phrase.join(' ');
  }
  return null;
}

/**
 * The word or phrase of a tool's name or description that says it returns secrets (keys,
 * tokens, passwords, connection strings, environment variables, kubeconfig, DSNs), or null.
 */
export function secretHint(tool: Tool): string | null {
  const name = splitWords(tool.name).map((w) => w.toLowerCase());
  const inName = phraseIn(name);
  if (inName !== null) return inName;
  if (typeof tool.description !== 'string') return null;
  // Long descriptions are cut: the opening sentence says what a tool returns.
  const words = splitWords(tool.description.slice(0, 2000)).map((w) => w.toLowerCase());
  return phraseIn(words);
}
