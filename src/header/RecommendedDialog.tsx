import { useId, useMemo, useState } from 'react';
import {
  applyRecommended,
  countRuleChanges,
  recommendedPreview,
  toolsWithoutRule,
  type Policy,
  type Tool,
} from '../core';
import { Button } from '../ui/design';
import { Dialog } from '../ui/Dialog';
import { plural } from '../ui/plural';
import { describePlan } from './describePlan';
import { RecommendedPreviewList } from './RecommendedPreviewList';
import './recommended.css';

interface RecommendedDialogProps {
  policy: Policy;
  tools: readonly Tool[];
  onApply: (keepExisting: boolean) => void;
  onClose: () => void;
}

/**
 * The confirmation for "Apply recommended policy": where the tools end up by decision, which
 * tools move from what to what, and "Keep my rules" (on when the draft has rules for tools).
 */
export default function RecommendedDialog({
  policy,
  tools,
  onApply,
  onClose,
}: RecommendedDialogProps) {
  const descriptionId = useId();
  const keepHintId = useId();
  const ruled = useMemo(
    () => tools.length - toolsWithoutRule(policy, tools).length,
    [policy, tools],
  );
  const [keep, setKeep] = useState(ruled > 0);
  const { plan, preview } = useMemo(() => {
    const after = applyRecommended(policy, tools, { keepExisting: keep }).policy;
    return {
      plan: { changes: countRuleChanges(policy, after), setsDefault: policy.default !== 'deny' },
      preview: recommendedPreview(policy, after, tools),
    };
  }, [policy, tools, keep]);

  return (
    <Dialog
      title="Apply the recommended policy?"
      onClose={onClose}
      describedBy={descriptionId}
      className="recommended-dialog"
    >
      <p id={descriptionId}>{describePlan(plan)}</p>
      {ruled > 0 && (
        <div className="keep-rules">
          <label>
            <input
              type="checkbox"
              checked={keep}
              aria-describedby={keepHintId}
              onChange={(e) => setKeep(e.target.checked)}
            />
            Keep my rules
          </label>
          <span id={keepHintId} className="hint">
            {plural(ruled, 'tool')} {ruled === 1 ? 'has' : 'have'} a rule in the draft (its own or a
            pattern&rsquo;s). Kept, {ruled === 1 ? 'it stays' : 'they stay'} as written and only the
            other tools get the recommended rule.
          </span>
        </div>
      )}
      {preview.defaultChange && (
        <p>
          Default decision: {preview.defaultChange.from} → {preview.defaultChange.to}
        </p>
      )}
      <p>
        {preview.changed === 0
          ? 'No tool changes decision.'
          : `${plural(preview.changed, 'tool')} change decision:`}
      </p>
      <RecommendedPreviewList preview={preview} />
      <p className="hint">Undo takes it back.</p>
      <div className="dialog-actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" onClick={() => onApply(keep)}>
          Apply
        </Button>
      </div>
    </Dialog>
  );
}
