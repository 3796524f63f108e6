import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import { useUiStore } from '../state/uiStore';
import { Toaster, type ToastItem } from '../ui/design';
import { useToasts } from '../ui/toasts';

const ICONS = {
  info: <Info />,
  success: <CircleCheck />,
  warning: <TriangleAlert />,
  error: <CircleAlert />,
};

/**
 * Every notice not yet dismissed, oldest first, as toasts with their action and a dismiss
 * button; then the feedback of actions (a bulk change with Undo).
 */
export function Notices() {
  const notices = useUiStore((s) => s.notices);
  const dismissNotice = useUiStore((s) => s.dismissNotice);
  const queued = useToasts((s) => s.toasts);
  const dismissQueued = useToasts((s) => s.dismiss);

  const toasts: ToastItem[] = notices.map((n) => ({
    id: `notice-${n.id}`,
    tone: n.tone,
    title: n.text,
    className: 'notice',
    dismissLabel: 'Dismiss notice',
    action: n.action && { label: n.action.label, onAction: n.action.run },
  }));
  toasts.push(...queued);

  const dismiss = (id: ToastItem['id']) => {
    if (typeof id === 'string' && id.startsWith('notice-')) dismissNotice(Number(id.slice(7)));
    else dismissQueued(id);
  };

  return <Toaster toasts={toasts} onDismiss={dismiss} icons={ICONS} />;
}
