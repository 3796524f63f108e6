/** PLACEHOLDER: the tool list (editor work). */
export function ToolsPane() {
  return <p>Tool list</p>;
}
