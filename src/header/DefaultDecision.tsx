import { ShieldAlert, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { setDefault, type DefaultDecision as Decision } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { SegmentedControl, type Segment } from '../ui/design';
import { AllowDefaultDialog } from './AllowDefaultDialog';

const OPTIONS: readonly Segment<Decision>[] = [
  { value: 'deny', label: 'Deny', tone: 'deny', icon: <ShieldCheck /> },
  { value: 'allow', label: 'Allow', tone: 'allow', icon: <ShieldAlert /> },
];

/** What happens to a tool without a rule. Allow opens every unlisted tool, so it asks first. */
export function DefaultDecision() {
  const value = usePolicyStore((s) => s.policy.default);
  const valid = usePolicyStore((s) => s.valid);
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  const [asking, setAsking] = useState(false);
  const choose = (next: Decision) => {
    if (next === 'allow') setAsking(true);
    else editPolicy((p) => setDefault(p, next));
  };
  return (
    <div className="default-decision">
      <span className="default-decision-label" aria-hidden="true">
        Unlisted tools
      </span>
      <SegmentedControl
        label="Default decision"
        options={OPTIONS}
        value={value}
        disabled={!valid}
        size="sm"
        onChange={choose}
      />
      {asking && (
        <AllowDefaultDialog
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            editPolicy((p) => setDefault(p, 'allow'));
          }}
        />
      )}
    </div>
  );
}
