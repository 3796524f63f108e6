import type * as MonacoSetup from './monacoSetup';

/**
 * The configured Monaco module (`monaco`, `setPolicySchema`, …), loaded on first use as a
 * separate chunk. A view that needs Monaco (the "Changes" diff) awaits this, or imports
 * './monacoSetup' from a module it loads lazily itself, before mounting an editor.
 */
export function loadMonaco(): Promise<typeof MonacoSetup> {
  return import('./monacoSetup');
}
