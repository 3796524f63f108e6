import { encodeShareFragment } from '../core';
import { usePolicyStore } from '../state/policyStore';

/** Links longer than this may be cut by chat apps and mail; browsers take far more. */
export const LONG_LINK = 8_000;
/** About where browsers stop accepting a URL (Chromium: 2 MB). */
export const MAX_LINK = 2_000_000;

/** A link to this page carrying the draft (and, if asked, the tool list), or why none can be. */
export async function buildShareLink(
  includeTools: boolean,
): Promise<{ ok: true; link: string } | { ok: false; error: string }> {
  const { text, tools, serverName } = usePolicyStore.getState();
  const encoded = await encodeShareFragment({
    policy: text,
    tools: includeTools && tools.length > 0 ? tools : null,
    serverName,
  });
  if (!encoded.ok) return encoded;
  const link = `${location.origin}${location.pathname}${location.search}#${encoded.fragment}`;
  return { ok: true, link };
}
