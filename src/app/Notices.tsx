import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import { usePolicyStore } from '../state/policyStore';
import { Toaster, type ToastItem } from '../ui/design';
import { useToasts } from '../ui/toasts';

const ICONS = {
  info: <Info />,
  success: <CircleCheck />,
  warning: <TriangleAlert />,
  error: <CircleAlert />,
};

/** The document's notice and action feedback as dismissable toasts (transfer reports add theirs). */
export function Notices() {
  const notice = usePolicyStore((s) => s.notice);
  const setNotice = usePolicyStore((s) => s.setNotice);
  const queued = useToasts((s) => s.toasts);
  const dismissQueued = useToasts((s) => s.dismiss);

  const toasts: ToastItem[] = [];
  if (notice !== null) toasts.push({ id: 'notice', tone: 'warning', title: notice });
  toasts.push(...queued);

  const dismiss = (id: ToastItem['id']) => {
    if (id === 'notice') setNotice(null);
    else dismissQueued(id);
  };

  return <Toaster toasts={toasts} onDismiss={dismiss} icons={ICONS} />;
}
