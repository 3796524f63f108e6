import { usePolicyStore } from './policyStore';
import { useUiStore } from './uiStore';

/**
 * Why the policy cannot be exported now, or null. One rule for every export (download, copy,
 * share link, Cedar): errors in the text, or a form holding a change it could not write — the
 * JSON would then not be what the person sees in the form.
 */
export function useExportRefusal(): string | null {
  const valid = usePolicyStore((s) => s.valid);
  const textErrors = usePolicyStore((s) => s.findings.filter((f) => f.severity === 'error').length);
  const unwritten = useUiStore((s) => Object.values(s.unwrittenForms).flat().length);
  if (valid && unwritten === 0) return null;
  const errors = Math.max(1, (valid ? 0 : textErrors) + unwritten);
  return `Fix ${errors === 1 ? 'the error' : `the ${errors} errors`} to export (see Problems).`;
}
