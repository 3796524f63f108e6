/** PLACEHOLDER: Monaco JSON view + Problems (JSON view work). */
export function JsonPane() {
  return <div role="region" aria-label="Policy JSON" />;
}
