import { lazy, Suspense, useState } from 'react';
import {
  applyRecommended,
  countRuleChanges,
  toolsWithoutRule,
  type Policy,
  type Tool,
} from '../core';
import { Sparkles } from 'lucide-react';
import { usePolicyStore } from '../state/policyStore';
import { Button } from '../ui/design';
import { useToasts } from '../ui/toasts';
import { plural } from '../ui/plural';
import { notify } from '../state/uiStore';

// The preview is only needed once the draft has rules of its own: it loads with its own chunk.
const loadDialog = () => import('./RecommendedDialog');
const RecommendedDialog = lazy(loadDialog);

/** The draft and tools the confirmation previews (fixed while it is open). */
interface Pending {
  policy: Policy;
  tools: readonly Tool[];
}

/** "Apply recommended policy": a rule per loaded tool by its risk, after a confirmation. */
export function ApplyRecommended() {
  const hasTools = usePolicyStore((s) => s.tools.length > 0);
  const valid = usePolicyStore((s) => s.valid);
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const [pending, setPending] = useState<Pending | null>(null);

  const apply = (keepExisting: boolean) => {
    const { policy, tools, text: before } = usePolicyStore.getState();
    const targets = keepExisting ? toolsWithoutRule(policy, tools).length : tools.length;
    editPolicy((p) => applyRecommended(p, tools, { keepExisting }));
    setPending(null);
    const { text, undo } = usePolicyStore.getState();
    if (text === before) return;
    useToasts.getState().push({
      tone: 'success',
      title: keepExisting
        ? `Applied the recommended policy to ${plural(targets, 'tool')} without a rule; the others kept theirs.`
        : `Applied the recommended policy to ${plural(targets, 'tool')}.`,
      action: { label: 'Undo', onAction: undo },
    });
  };

  const open = () => {
    const { policy, tools } = usePolicyStore.getState();
    const changes = countRuleChanges(policy, applyRecommended(policy, tools).policy);
    const setsDefault = policy.default !== 'deny';
    if (changes.added + changes.changed + changes.removed === 0 && !setsDefault) {
      notify('The policy already has the recommended rule for every loaded tool.');
      return;
    }
    // Nothing of the person's own to lose: apply at once, Undo is one click away in the toast.
    if (changes.changed + changes.removed === 0 && !setsDefault) return apply(false);
    void loadDialog();
    setPending({ policy, tools });
  };

  return (
    <>
      <Button
        icon={<Sparkles />}
        onClick={open}
        disabled={!hasTools || !valid}
        aria-label="Apply recommended policy"
        title={hasTools ? undefined : 'Load tools first'}
      >
        <span className="apply-recommended-label">Apply recommended policy</span>
      </Button>
      {pending && (
        <Suspense fallback={null}>
          <RecommendedDialog
            policy={pending.policy}
            tools={pending.tools}
            onApply={apply}
            onClose={() => setPending(null)}
          />
        </Suspense>
      )}
    </>
  );
}
