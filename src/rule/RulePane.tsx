/** PLACEHOLDER: the rule form (editor work). */
export function RulePane() {
  return <p>Select a tool to edit its rule.</p>;
}
