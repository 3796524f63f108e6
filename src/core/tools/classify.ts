import type { Category, Classification, Risk, Tool } from './tool';
import { descriptionWordKind, forEachWord, nameWordKind } from './words';
import type { WordKind } from './words';

const RISK: Readonly<Record<Category, Risk>> = {
  Read: 'Low',
  Write: 'Medium',
  Execute: 'High',
  Destructive: 'High',
  Financial: 'Critical',
};

const CATEGORY: Readonly<Record<WordKind, Category>> = {
  read: 'Read',
  write: 'Write',
  execute: 'Execute',
  destructive: 'Destructive',
  financial: 'Financial',
};

const UNKNOWN =
  'No read, write, execute, destructive or financial word in the name or description; unknown tools are treated as writes.';

/** The words of a text that the classification looks at: the first of each kind that matters. */
interface Found {
  financial?: string;
  destructive?: string;
  /** The first read, write or execute word. */
  action?: string;
  actionKind?: WordKind;
}

function scan(text: string, kindOf: (word: string) => WordKind | undefined): Found {
  const found: Found = {};
  forEachWord(text, (word) => {
    const kind = kindOf(word);
    if (kind === 'financial') {
      found.financial = word;
      return true; // nothing outranks a financial word
    }
    if (kind === 'destructive') {
      found.destructive ??= word;
    } else if (kind !== undefined && found.action === undefined) {
      found.action = word;
      found.actionKind = kind;
    }
    return false;
  });
  return found;
}

// Own properties only: a hint must never come from a prototype.
function ownValue(object: object, key: string): unknown {
  return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

function result(category: Category, because: string): Classification {
  return { category, risk: RISK[category], because };
}

/**
 * Steps 1 and 4 of the classification over one text: a financial or destructive word anywhere,
 * else the first read, write or execute word (an explicit readOnlyHint false makes Read a Write).
 */
function decide(found: Found, says: string, readOnlyFalse: boolean): Classification | undefined {
  // Words are runs of letters and digits, so quoting them cannot break the sentence.
  if (found.financial !== undefined) return result('Financial', `${says} "${found.financial}".`);
  if (found.destructive !== undefined) {
    return result('Destructive', `${says} "${found.destructive}".`);
  }
  if (found.action === undefined || found.actionKind === undefined) return undefined;
  const category = CATEGORY[found.actionKind];
  if (category === 'Read' && readOnlyFalse) {
    return result('Write', `${says} "${found.action}", but annotations.readOnlyHint is false.`);
  }
  return result(category, `${says} "${found.action}".`);
}

/** Category, risk and the reason for a tool, from its name, annotations and description. */
export function classifyTool(tool: Tool): Classification {
  const name = typeof tool.name === 'string' ? tool.name : '';
  const annotations: unknown = tool.annotations;
  const hints = typeof annotations === 'object' && annotations !== null ? annotations : {};
  const readOnlyHint = ownValue(hints, 'readOnlyHint');
  const destructiveHint = ownValue(hints, 'destructiveHint');

  const inName = scan(name, nameWordKind);
  const byName = decide(
    { financial: inName.financial, destructive: inName.destructive },
    'The name contains',
    false,
  );
  if (byName) return byName;
  if (readOnlyHint === true) return result('Read', 'annotations.readOnlyHint is true.');
  if (destructiveHint === true)
    return result('Destructive', 'annotations.destructiveHint is true.');

  const readOnlyFalse = readOnlyHint === false;
  const byNameAction = decide(
    { action: inName.action, actionKind: inName.actionKind },
    'The name contains',
    readOnlyFalse,
  );
  if (byNameAction) return byNameAction;

  if (typeof tool.description === 'string') {
    const inDescription = scan(tool.description, descriptionWordKind);
    const byDescription = decide(inDescription, 'The description says', readOnlyFalse);
    if (byDescription) return byDescription;
  }
  return result('Write', UNKNOWN);
}
