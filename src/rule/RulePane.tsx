import { usePolicyStore } from '../state/policyStore';
import { useUiStore } from '../state/uiStore';
import { AllToolsForm } from './AllToolsForm';
import { HideForm } from './HideForm';
import { PatternRuleForm } from './PatternRuleForm';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SelectedRule } from './SelectedRule';
import './rule.css';

/**
 * The selected tool's rule, then the policy-wide forms. While the text has errors they show
 * the last valid policy, disabled, under a banner. `onTestRule` tries a call of the selected tool
 * in the simulator (the screen that holds both passes it).
 */
export function RulePane({ onTestRule }: { onTestRule?: (tool: string) => void }) {
  const selected = useUiStore((s) => s.selected);
  const valid = usePolicyStore((s) => s.valid);
  return (
    <div className="rule-pane">
      <ReadOnlyBanner />
      <fieldset className="rule-pane-body" disabled={!valid}>
        <legend className="visually-hidden">Rule forms</legend>
        {selected === null ? (
          <p className="hint">Select a tool in the list to edit its rule.</p>
        ) : (
          <SelectedRule name={selected} onTest={onTestRule} />
        )}
        <details className="policy-section">
          <summary>Limits for all tools</summary>
          <AllToolsForm />
        </details>
        <details className="policy-section">
          <summary>Hidden tools</summary>
          <HideForm />
        </details>
        <details className="policy-section">
          <summary>Pattern rules</summary>
          <PatternRuleForm />
        </details>
      </fieldset>
    </div>
  );
}
