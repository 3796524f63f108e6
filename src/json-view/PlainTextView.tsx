import { usePolicyStore } from '../state/policyStore';

/** The policy text as plain text, shown while the editor loads. */
export function PlainTextView() {
  const text = usePolicyStore((s) => s.text);
  return (
    <pre className="json-plain" aria-busy="true">
      {text}
    </pre>
  );
}
