import type { Category, Classification, Risk, Tool } from './tool';
import { descriptionWordKind, forEachWord, isFinancialNoun, nameWordKind } from './words';
import type { WordKind } from './words';
import { ownValue } from '../values';

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
  /** The first financial noun (names only). */
  noun?: string;
  /** The first read, write or execute word. */
  action?: string;
  actionKind?: WordKind;
}

function scan(text: string, kindOf: (word: string) => WordKind | undefined, nouns: boolean): Found {
  const found: Found = {};
  forEachWord(text, (word) => {
    const kind = kindOf(word);
    if (kind === 'financial') {
      found.financial = word;
      return true; // nothing outranks a financial word
    }
    if (kind === 'destructive') {
      found.destructive ??= word;
    } else if (kind !== undefined) {
      if (found.action === undefined) {
        found.action = word;
        found.actionKind = kind;
      }
    } else if (nouns && found.noun === undefined && isFinancialNoun(word)) {
      found.noun = word;
    }
    return false;
  });
  return found;
}

function result(category: Category, because: string): Classification {
  return { category, risk: RISK[category], because };
}

/** Step 4 (and 5's last part): the first read, write or execute word decides. */
function byAction(found: Found, says: string, readOnlyFalse: boolean): Classification | undefined {
  if (found.action === undefined || found.actionKind === undefined) return undefined;
  const category = CATEGORY[found.actionKind];
  if (category === 'Read' && readOnlyFalse) {
    return result('Write', `${says} "${found.action}", but annotations.readOnlyHint is false.`);
  }
  return result(category, `${says} "${found.action}".`);
}

// A tool list is classified by the list, the review, the summary and the matrix, each again
// after every edit: the answer depends on the tool alone, so it is kept per tool object.
const classified = new WeakMap<Tool, Classification>();

/**
 * Category, risk and the reason for a tool (see `classifyUncached`), computed once per tool
 * object.
 */
export function classifyTool(tool: Tool): Classification {
  const known = classified.get(tool);
  if (known) return known;
  const made = classifyUncached(tool);
  classified.set(tool, made);
  return made;
}

/**
 * Category, risk and the reason for a tool, from its name, annotations and description: the
 * six steps of POLICY_FORMAT.md, "Risk classification", first that applies.
 */
function classifyUncached(tool: Tool): Classification {
  const name = typeof tool.name === 'string' ? tool.name : '';
  const annotations: unknown = tool.annotations;
  const hints = typeof annotations === 'object' && annotations !== null ? annotations : {};
  const readOnlyHint = ownValue(hints, 'readOnlyHint');
  const destructiveHint = ownValue(hints, 'destructiveHint');
  const description = typeof tool.description === 'string' ? tool.description : '';
  // Words are runs of letters and digits, so quoting them cannot break the sentence.
  const inName = scan(name, nameWordKind, true);

  // Step 1: annotations cannot lower what the name says.
  if (inName.financial !== undefined) {
    return result('Financial', `The name contains "${inName.financial}".`);
  }
  if (inName.destructive !== undefined) {
    return result('Destructive', `The name contains "${inName.destructive}".`);
  }
  if (inName.noun !== undefined && readOnlyHint !== true && inName.actionKind !== 'read') {
    return result('Financial', `The name contains "${inName.noun}", a financial noun.`);
  }
  // Step 2.
  if (readOnlyHint === true) return result('Read', 'annotations.readOnlyHint is true.');
  // Step 3: an execute word names what the destructive hint is about (`run_query`, a shell).
  if (destructiveHint === true) return byDestructiveHint(inName, description);
  // Step 4.
  const readOnlyFalse = readOnlyHint === false;
  const fromName = byAction(inName, 'The name contains', readOnlyFalse);
  if (fromName) return fromName;
  // Step 5.
  const inDescription = scan(description, descriptionWordKind, false);
  if (inDescription.financial !== undefined) {
    return result('Financial', `The description says "${inDescription.financial}".`);
  }
  if (inDescription.destructive !== undefined) {
    return result('Destructive', `The description says "${inDescription.destructive}".`);
  }
  return byAction(inDescription, 'The description says', readOnlyFalse) ?? result('Write', UNKNOWN);
}

function byDestructiveHint(inName: Found, description: string): Classification {
  const hint = 'annotations.destructiveHint is true';
  if (inName.actionKind === 'execute') {
    return result('Execute', `${hint} and the name contains "${inName.action}".`);
  }
  if (inName.action === undefined) {
    const word = firstExecuteWord(description);
    if (word !== undefined) {
      return result('Execute', `${hint} and the description says "${word}".`);
    }
  }
  return result('Destructive', `${hint}.`);
}

function firstExecuteWord(description: string): string | undefined {
  let found: string | undefined;
  forEachWord(description, (word) => {
    if (descriptionWordKind(word) !== 'execute') return false;
    found = word;
    return true;
  });
  return found;
}
