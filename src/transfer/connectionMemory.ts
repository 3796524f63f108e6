/**
 * The last server URL and headers typed into "Connect to server", for the next time the dialog
 * opens. Module memory only: headers often hold credentials, so they are never written to
 * storage, share links or exports, and are gone when the tab closes.
 */
let remembered = { url: '', headers: '' };

export function rememberedConnection(): { url: string; headers: string } {
  return remembered;
}

export function rememberConnection(url: string, headers: string): void {
  remembered = { url, headers };
}
