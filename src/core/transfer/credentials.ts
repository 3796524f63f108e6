import type { HeaderPair } from './connectionInput';

/** What a hidden credential shows instead of its value. */
export const MASK = '••••••••';

const CREDENTIAL_NAME =
  /^(authorization|proxy-authorization|cookie)$|token|secret|key|auth|passw|credential|session/i;
const SCHEME = /^(bearer|basic|token|digest|apikey|dpop)\s+/i;

/** True when a header carries a credential (Authorization, cookies, API keys, tokens…). */
export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_NAME.test(name.trim());
}

/** The headers with every credential value hidden (an auth scheme such as "Bearer" is kept). */
export function maskCredentials(headers: readonly HeaderPair[]): HeaderPair[] {
  return headers.map(([name, value]) => {
    if (!isCredentialHeader(name)) return [name, value];
    const scheme = SCHEME.exec(value)?.[0] ?? '';
    return [name, `${scheme}${MASK}`];
  });
}

/** The URL with a password in it (`https://user:secret@host`) hidden. */
export function maskUrlCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password === '') return url;
    parsed.password = 'hidden';
    return parsed.href.replace(':hidden@', `:${MASK}@`);
  } catch {
    return url;
  }
}

/** True when the connection's URL or headers carry a credential. */
export function hasCredentials(url: string, headers: readonly HeaderPair[]): boolean {
  return maskUrlCredentials(url) !== url || headers.some(([name]) => isCredentialHeader(name));
}
