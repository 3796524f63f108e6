import { useId, useState } from 'react';
import { applyRecommended, countRuleChanges, type RuleChanges } from '../core';
import { Sparkles } from 'lucide-react';
import { usePolicyStore } from '../state/policyStore';
import { Button } from '../ui/design';
import { useToasts } from '../ui/toasts';
import { Dialog } from '../ui/Dialog';
import { plural } from '../ui/plural';
import { notify } from '../state/uiStore';

interface Plan {
  changes: RuleChanges;
  setsDefault: boolean;
}

function rules(n: number): string {
  return plural(n, 'rule');
}

/** What applying changes, in one sentence for the confirmation. */
export function describePlan({ changes, setsDefault }: Plan): string {
  const parts = [`changes ${changes.changed} existing ${changes.changed === 1 ? 'rule' : 'rules'}`];
  if (changes.added > 0) parts.push(`adds ${rules(changes.added)}`);
  if (setsDefault) parts.push('sets the default decision to deny');
  const last = parts.pop();
  const list = parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
  return `This ${list}. Rules for other names, hidden tools and limits for all tools stay as they are.`;
}

/** "Apply recommended policy": a rule per loaded tool by its risk, after a confirmation. */
export function ApplyRecommended() {
  const hasTools = usePolicyStore((s) => s.tools.length > 0);
  const valid = usePolicyStore((s) => s.valid);
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const [plan, setPlan] = useState<Plan | null>(null);
  const descriptionId = useId();

  const open = () => {
    const { policy, tools } = usePolicyStore.getState();
    const next = applyRecommended(policy, tools).policy;
    const changes = countRuleChanges(policy, next);
    const setsDefault = policy.default !== 'deny';
    if (changes.added + changes.changed + changes.removed === 0 && !setsDefault) {
      notify('The policy already has the recommended rule for every loaded tool.');
      return;
    }
    // Nothing of the person's own to lose: apply at once, Undo is one click away in the toast.
    if (changes.changed + changes.removed === 0 && !setsDefault) return apply();
    setPlan({ changes, setsDefault });
  };

  const apply = () => {
    const { tools, undo } = usePolicyStore.getState();
    editPolicy((p) => applyRecommended(p, tools));
    setPlan(null);
    useToasts.getState().push({
      tone: 'success',
      title: `Applied the recommended policy to ${tools.length} ${tools.length === 1 ? 'tool' : 'tools'}.`,
      action: { label: 'Undo', onAction: undo },
    });
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
      {plan && (
        <Dialog
          title="Apply the recommended policy?"
          onClose={() => setPlan(null)}
          describedBy={descriptionId}
        >
          <p id={descriptionId}>{describePlan(plan)}</p>
          <p className="hint">Undo takes it back.</p>
          <div className="dialog-actions">
            <Button onClick={() => setPlan(null)}>Cancel</Button>
            <Button variant="primary" onClick={apply}>
              Apply
            </Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
