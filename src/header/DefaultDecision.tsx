import { setDefault, type DefaultDecision as Decision } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { RadioGroup, type RadioOption } from '../ui/RadioGroup';

const OPTIONS: readonly RadioOption<Decision>[] = [
  { value: 'allow', label: 'Allow' },
  { value: 'deny', label: 'Deny' },
];

/** What happens to a tool without a rule. */
export function DefaultDecision() {
  const value = usePolicyStore((s) => s.policy.default);
  const valid = usePolicyStore((s) => s.valid);
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  return (
    <div className="default-decision">
      <span aria-hidden="true">Default:</span>
      <RadioGroup
        label="Default decision"
        options={OPTIONS}
        value={value}
        disabled={!valid}
        onChange={(next) => editPolicy((p) => setDefault(p, next))}
      />
    </div>
  );
}
