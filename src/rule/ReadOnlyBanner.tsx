import { usePolicyStore } from '../state/policyStore';

/** The sentence that says why forms are read-only, or null while the text is valid. */
export function readOnlyMessage(valid: boolean, errors: number): string | null {
  if (valid) return null;
  if (errors === 1) {
    return '1 error in the JSON stops form editing — fix it in the editor or the Problems list';
  }
  if (errors > 1) {
    return `${errors} errors in the JSON stop form editing — fix them in the editor or the Problems list`;
  }
  return 'Errors in the JSON stop form editing — fix them in the editor or the Problems list';
}

/** Shown over the forms while the text has errors: they show the last valid policy, read-only. */
export function ReadOnlyBanner() {
  const valid = usePolicyStore((s) => s.valid);
  const errors = usePolicyStore((s) => s.findings.filter((f) => f.severity === 'error').length);
  const message = readOnlyMessage(valid, errors);
  if (message === null) return null;
  return (
    <div className="read-only-banner" role="status">
      {message}
    </div>
  );
}
