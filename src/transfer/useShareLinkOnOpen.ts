import { useEffect, useState } from 'react';
import { usePolicyStore } from '../state/policyStore';
import {
  hasUnsavedDraft,
  openShare,
  replacesToolList,
  takeShareFromLocation,
  type OpenedShare,
} from './openShareLink';
import { useTransferReport } from './transferReport';

/**
 * Opens a share link the page was opened with (or navigated to): at once, or, when that would
 * replace an unsaved draft, after the person says so (`pending` until then).
 */
export function useShareLinkOnOpen() {
  const [pending, setPending] = useState<OpenedShare | null>(null);

  useEffect(() => {
    let active = true;
    const check = async () => {
      const result = await takeShareFromLocation();
      if (!active || result === null) return;
      if (!result.ok) {
        useTransferReport.getState().show({
          tone: 'error',
          title: result.error,
          lines: ['Your draft is unchanged. Ask for the link again, copied whole.'],
        });
        return;
      }
      const { text, baseline, tools } = usePolicyStore.getState();
      if (
        hasUnsavedDraft(text, baseline, result.shared.policy) ||
        replacesToolList(tools, result.shared.tools)
      ) {
        setPending(result);
      } else await openShare(result);
    };
    const onHashChange = () => void check();
    void check();
    window.addEventListener('hashchange', onHashChange);
    return () => {
      active = false;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);

  return {
    pending,
    replace: () => {
      if (pending) void openShare(pending);
      setPending(null);
    },
    keep: () => {
      setPending(null);
      useTransferReport.getState().show({
        tone: 'info',
        title: 'The share link was not opened; your draft is unchanged.',
        lines: [],
      });
    },
  };
}
