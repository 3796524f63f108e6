import { encodeShareFragment } from '../core';
import { usePolicyStore } from '../state/policyStore';

/** Links longer than this may be cut by chat apps and mail; browsers take far more. */
export const LONG_LINK = 8_000;
/** About where browsers stop accepting a URL (Chromium: 2 MB). */
export const MAX_LINK = 2_000_000;

/** A link to this page that carries the draft (and, if asked, the tool list) in its fragment. */
export async function buildShareLink(includeTools: boolean): Promise<string> {
  const { text, tools, serverName } = usePolicyStore.getState();
  const fragment = await encodeShareFragment({
    policy: text,
    tools: includeTools && tools.length > 0 ? tools : null,
    serverName,
  });
  return `${location.origin}${location.pathname}${location.search}#${fragment}`;
}
