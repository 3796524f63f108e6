import { Skimmer } from './skim';

// The Skimmers of the last texts asked about, newest first: a form edit reads the text the
// previous edit wrote, and `rebaseSkimmer` has already carried over what was read of it.
const KEPT = 2;
const recent: Skimmer[] = [];

/** A strict Skimmer for `text`: the one kept for it when there is one, else a new one. */
export function skimmerFor(text: string): Skimmer {
  const known = recent.find((s) => s.text.length === text.length && s.text === text);
  if (known) return known;
  const skim = new Skimmer(text);
  keepSkimmer(skim);
  return skim;
}

/** Keeps `skim` (strict ones only) for the next `skimmerFor` of its text. */
export function keepSkimmer(skim: Skimmer): void {
  if (skim.lenient) return;
  const at = recent.findIndex((s) => s.text === skim.text);
  if (at !== -1) recent.splice(at, 1);
  recent.unshift(skim);
  recent.length = Math.min(recent.length, KEPT);
}
