/** What `saveWhenChanged` needs to know about one store and one storage key. */
export interface SaveWhenChanged<S> {
  subscribe: (listener: (state: S, previous: S) => void) => () => void;
  /** True when the part of the state that is saved changed. */
  changed: (state: S, previous: S) => boolean;
  /** Writes to storage; throws when the storage refuses (full, blocked). */
  write: () => void;
  /** Called once when the storage refuses, and again only after a write succeeded. */
  refused: () => void;
  delayMs: number;
}

/**
 * Saves a moment after the state last changed, and at once when the page goes away.
 * Returns a function that saves what is pending and stops.
 */
export function saveWhenChanged<S>(options: SaveWhenChanged<S>): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let warned = false;

  const save = () => {
    timer = null;
    try {
      options.write();
      warned = false;
    } catch {
      if (!warned) {
        warned = true;
        options.refused();
      }
    }
  };
  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    save();
  };

  const unsubscribe = options.subscribe((state, previous) => {
    if (!options.changed(state, previous)) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(save, options.delayMs);
  });
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', flush);
  };
}
