import { beforeEach, describe, expect, it } from 'vitest';
import { formatPolicy, reviewPolicy, type Policy, type Tool } from '../../src/core';
import { usePolicyStore } from '../../src/state/policyStore';
import { fixOf } from '../../src/state/reviewFix';

const TOOLS: Tool[] = [{ name: 'delete_file', annotations: { destructiveHint: true } }];
const POLICY: Policy = { version: '1', default: 'deny', tools: { delete_file: {} } };

describe('fixOf', () => {
  beforeEach(() => {
    usePolicyStore.getState().loadTools(TOOLS, null);
    usePolicyStore.getState().setText(formatPolicy(POLICY), 'import');
  });

  it('finds the fix again for a finding that came from the check worker without it', () => {
    const { policy, tools, text } = usePolicyStore.getState();
    const [withFix] = reviewPolicy(policy, tools, { text }).filter((f) => f.fix);
    expect(withFix?.fixTitle).toBe(withFix?.fix?.title);
    const copied = { ...withFix! };
    delete copied.fix;
    const fix = fixOf(copied);
    expect(fix?.title).toBe(withFix?.fixTitle);
    expect(fix?.apply(policy).policy.tools.delete_file).toEqual({ action: 'approval' });
  });

  it('finds none for a finding the document no longer has', () => {
    const { policy, tools, text } = usePolicyStore.getState();
    const [withFix] = reviewPolicy(policy, tools, { text }).filter((f) => f.fix);
    const moved = { ...withFix!, line: withFix!.line + 40 };
    delete moved.fix;
    expect(fixOf(moved)).toBeUndefined();
  });
});
