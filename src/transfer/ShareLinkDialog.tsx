import { useEffect, useId, useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { usePolicyStore } from '../state/policyStore';
import { copyText } from '../ui/browserActions';
import { buildShareLink, LONG_LINK, MAX_LINK } from './shareLinkUrl';

interface ShareLinkDialogProps {
  onClose: () => void;
}

type LinkState =
  | { kind: 'building' }
  | { kind: 'ready'; link: string; copied: boolean }
  | { kind: 'too-long'; length: number }
  | { kind: 'failed'; error: string };

/** A built link, for the choice of tools it was built with. */
type Built = Exclude<LinkState, { kind: 'building' }> & { withTools: boolean };

function sizeNote(length: number): string | null {
  if (length <= LONG_LINK) return null;
  return `The link is ${length.toLocaleString('en')} characters long: some chat apps and mail clients cut long links. A file (Download policy.json) travels safer.`;
}

/**
 * The share link of the draft: built (compressed into the URL fragment, never sent to a
 * server) and copied at once; the tool list goes in only when asked.
 */
export function ShareLinkDialog({ onClose }: ShareLinkDialogProps) {
  const toolCount = usePolicyStore((s) => s.tools.length);
  const [includeTools, setIncludeTools] = useState(false);
  const [built, setBuilt] = useState<Built | null>(null);
  const helpId = useId();
  // A link built for the other choice of tools is stale: the new one is being built.
  const state: LinkState =
    built === null || built.withTools !== includeTools ? { kind: 'building' } : built;

  useEffect(() => {
    let current = true;
    void buildShareLink(includeTools).then(async (built) => {
      if (!current) return;
      if (!built.ok) {
        setBuilt({ kind: 'failed', error: built.error, withTools: includeTools });
        return;
      }
      const { link } = built;
      if (link.length > MAX_LINK) {
        setBuilt({ kind: 'too-long', length: link.length, withTools: includeTools });
        return;
      }
      const copied = await copyText(link);
      if (current) setBuilt({ kind: 'ready', link, copied, withTools: includeTools });
    });
    return () => {
      current = false;
    };
  }, [includeTools]);

  const copyAgain = async () => {
    if (state.kind !== 'ready') return;
    const copied = await copyText(state.link);
    setBuilt({ ...state, copied, withTools: includeTools });
  };

  return (
    <Dialog title="Share link" onClose={onClose} describedBy={helpId} className="share-link">
      <p id={helpId} className="hint">
        The link holds the policy itself, compressed after the <code>#</code>, which browsers never
        send to a server. Whoever opens it sees this policy in their own browser. Connection headers
        are never included.
      </p>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={includeTools}
          disabled={toolCount === 0}
          onChange={(event) => setIncludeTools(event.target.checked)}
        />
        Include the tool list ({toolCount} {toolCount === 1 ? 'tool' : 'tools'})
      </label>
      {state.kind === 'failed' ? (
        <p className="transfer-error" role="alert">
          {state.error}
        </p>
      ) : state.kind === 'too-long' ? (
        <p className="transfer-error" role="alert">
          The link would be {state.length.toLocaleString('en')} characters long, more than browsers
          accept. Share the file instead (Download policy.json)
          {includeTools ? ', or leave out the tool list' : ''}.
        </p>
      ) : (
        <>
          <label className="field">
            <span>Share link</span>
            <input
              readOnly
              value={state.kind === 'ready' ? state.link : ''}
              placeholder="Building the link…"
              onFocus={(event) => event.target.select()}
            />
          </label>
          <p className="hint" role="status">
            {state.kind === 'building'
              ? 'Building the link…'
              : state.copied
                ? 'Copied to the clipboard.'
                : 'The browser did not allow copying: copy the link from the box.'}
          </p>
          {state.kind === 'ready' && sizeNote(state.link.length) && (
            <p className="hint">{sizeNote(state.link.length)}</p>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void copyAgain()} disabled={state.kind !== 'ready'}>
          Copy again
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
