import { useId } from 'react';
import { usePolicyStore } from '../state/policyStore';
import { Button } from '../ui/design';
import { Dialog } from '../ui/Dialog';

interface AllowDefaultDialogProps {
  onCancel: () => void;
  onConfirm: () => void;
}

/** The one question before "allow" becomes the default: it opens every tool without a rule. */
export function AllowDefaultDialog({ onCancel, onConfirm }: AllowDefaultDialogProps) {
  const descriptionId = useId();
  const unlisted = usePolicyStore((s) => {
    const listed = s.policy.tools;
    return s.tools.filter((t) => !Object.hasOwn(listed, t.name)).length;
  });
  return (
    <Dialog title="Allow every unlisted tool?" onClose={onCancel} describedBy={descriptionId}>
      <p id={descriptionId}>
        {unlisted > 0
          ? `${unlisted} loaded ${unlisted === 1 ? 'tool has' : 'tools have'} no rule and will be allowed, as will any tool the server adds later.`
          : 'Any tool without a rule, including tools the server adds later, will be allowed.'}{' '}
        Deny by default is the safe choice.
      </p>
      <div className="dialog-actions">
        <Button data-autofocus onClick={onCancel}>
          Keep deny
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          Allow unlisted tools
        </Button>
      </div>
    </Dialog>
  );
}
