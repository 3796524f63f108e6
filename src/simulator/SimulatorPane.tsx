/** PLACEHOLDER: the dry-run simulator (simulator work). */
export function SimulatorPane() {
  return <p>Simulator</p>;
}
