import { FlaskConical } from 'lucide-react';
import { useId, useMemo } from 'react';
import { describeToolDecision, type Policy } from '../core';
import { Button } from '../ui/design';

interface DecisionInWordsProps {
  name: string;
  policy: Policy;
  /** Tries a call of the tool in the simulator; no button when the screen offers none. */
  onTest?: () => void;
}

/** What happens to a call of the tool, in sentences, and a button to see it in the simulator. */
export function DecisionInWords({ name, policy, onTest }: DecisionInWordsProps) {
  const id = useId();
  const sentences = useMemo(() => describeToolDecision(policy, name), [policy, name]);
  return (
    <section className="decision-words" aria-labelledby={id}>
      <h3 id={id}>Decision</h3>
      <ul>
        {sentences.map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
      {onTest && (
        <Button size="sm" icon={<FlaskConical />} onClick={onTest}>
          Test this rule
        </Button>
      )}
    </section>
  );
}
