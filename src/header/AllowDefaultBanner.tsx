import { TriangleAlert } from 'lucide-react';
import { setDefault } from '../core';
import { usePolicyStore } from '../state/policyStore';
import { Button } from '../ui/design';

/** Stays in view while the default is allow, so an open policy never goes unnoticed. */
export function AllowDefaultBanner() {
  const allow = usePolicyStore((s) => s.policy.default === 'allow');
  const valid = usePolicyStore((s) => s.valid);
  const editPolicy = usePolicyStore((s) => s.editPolicy);
  if (!allow) return null;
  return (
    <div className="allow-banner" role="note" aria-label="Default is allow">
      <TriangleAlert aria-hidden="true" />
      <span>
        <strong>Default is allow:</strong> every tool without a rule can be called.
      </span>
      <Button size="sm" disabled={!valid} onClick={() => editPolicy((p) => setDefault(p, 'deny'))}>
        Deny by default
      </Button>
    </div>
  );
}
