import { downloadText } from '../ui/browserActions';
import { notify } from './uiStore';

/**
 * One thing kept in browser storage between visits (the draft, the simulator scenario): how it
 * is read, written and named. See docs/decisions/persistence.md for why this is one small helper
 * and not zustand's `persist`.
 */
export interface PersistedSlice<S, V> {
  /** The storage key, and the key an unreadable value is moved to. */
  key: string;
  setAsideKey: string;
  /** What it is called in notices: "draft", "simulator scenario". */
  name: string;
  /** What the app starts with when the saved value cannot be used. */
  startsWith: string;
  /** The file name offered when an unreadable value is downloaded. */
  downloadName: string;
  store: {
    subscribe: (listener: (state: S, previous: S) => void) => () => void;
    getState: () => S;
  };
  /** True when the part of the state that is saved changed. */
  changed: (state: S, previous: S) => boolean;
  /** The stored value for a state. */
  write: (state: S) => string;
  /**
   * A stored value read back (any version this app knows, migrated to the current one); null
   * when it is not one of ours. It may throw (deep input exhausting the stack): unreadable too.
   */
  read: (raw: string) => V | null;
  /** Puts a value read back into the store. */
  apply: (value: V) => void;
  /** The notice when the storage refuses a save (full). */
  refused: string;
  /**
   * How long to wait after the last change before saving, when it should differ from the
   * default (a large value takes the main thread long enough to be felt: it waits for a pause).
   */
  delayFor?: (state: S) => number | undefined;
}

export interface Persistence {
  /** Puts the saved value into the store; an unreadable one is set aside, never overwritten. */
  restore: (storage?: Storage) => void;
  /**
   * Saves a moment after the state last changed, and at once when the page goes away; returns a
   * function that saves what is pending and stops. Saves nothing while a value that could not
   * be read nor set aside is in the key.
   */
  start: (storage?: Storage, delayMs?: number) => () => void;
}

const SAVE_DELAY_MS = 400;

// Keys that hold a value this app could neither read nor move away: writing there would destroy
// it, so autosave stays off for them (per storage, for as long as the page lives).
const guarded = new WeakMap<Storage, Set<string>>();

function isGuarded(storage: Storage, key: string): boolean {
  return guarded.get(storage)?.has(key) ?? false;
}

function guard(storage: Storage, key: string): void {
  const keys = guarded.get(storage) ?? new Set<string>();
  keys.add(key);
  guarded.set(storage, keys);
}

function readSafely<V>(read: (raw: string) => V | null, raw: string): V | null {
  try {
    return read(raw);
  } catch {
    return null; // e.g. a RangeError from deeply nested input: unreadable, not "no storage"
  }
}

/** Restore and autosave for one slice of state, with the same guarantees for every slice. */
export function persisted<S, V>(slice: PersistedSlice<S, V>): Persistence {
  const restore = (storage: Storage = localStorage) => {
    let raw: string | null;
    try {
      raw = storage.getItem(slice.key);
    } catch {
      return; // storage unavailable (blocked by the browser): start empty, nothing to lose
    }
    if (raw === null) return;
    const value = readSafely(slice.read, raw);
    if (value !== null) {
      slice.apply(value);
      return;
    }
    try {
      storage.setItem(slice.setAsideKey, raw);
      storage.removeItem(slice.key);
      notify(
        `The saved ${slice.name} could not be read, so it was set aside under the browser storage key "${slice.setAsideKey}". ${slice.startsWith}`,
        'warning',
      );
    } catch {
      guard(storage, slice.key);
      const text = raw;
      notify(
        `The saved ${slice.name} could not be read, and the browser storage is too full to set it aside. It was left as it was, and changes are not saved so it is not overwritten: download it, then clear this site's storage to save again.`,
        'error',
        {
          label: `Download the unreadable ${slice.name}`,
          run: () => downloadText(slice.downloadName, text, 'text/plain'),
        },
      );
    }
  };

  const start = (storage: Storage = localStorage, delayMs = SAVE_DELAY_MS) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let warned = false;
    const save = () => {
      timer = null;
      if (isGuarded(storage, slice.key)) return;
      try {
        storage.setItem(slice.key, slice.write(slice.store.getState()));
        warned = false;
      } catch {
        if (!warned) {
          warned = true;
          notify(slice.refused, 'warning');
        }
      }
    };
    const flush = () => {
      if (timer === null) return;
      clearTimeout(timer);
      save();
    };
    const unsubscribe = slice.store.subscribe((state, previous) => {
      if (!slice.changed(state, previous)) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(save, slice.delayFor?.(state) ?? delayMs);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('pagehide', flush);
    };
  };

  return { restore, start };
}
