import { CircleAlert, CircleCheck, LoaderCircle, TriangleAlert } from 'lucide-react';
import { Toaster, type ToastItem } from '../ui/design';
import { useTransferReport } from './transferReport';

const ICONS = {
  info: <LoaderCircle />,
  success: <CircleCheck />,
  warning: <TriangleAlert />,
  error: <CircleAlert />,
};

/** The outcome of the last import, load, connection or export (or what is being read now). */
export function TransferReportView() {
  const report = useTransferReport((s) => s.report);
  const busy = useTransferReport((s) => s.busy);
  const dismiss = useTransferReport((s) => s.dismiss);
  const toasts: ToastItem[] = [];
  if (busy !== null) {
    toasts.push({ id: 'busy', tone: 'info', title: busy, className: 'transfer-report' });
  } else if (report !== null) {
    toasts.push({
      id: 'report',
      tone: report.tone === 'info' ? 'success' : report.tone,
      title: report.title,
      lines: report.lines,
      className: 'transfer-report',
    });
  }
  return <Toaster toasts={toasts} onDismiss={dismiss} icons={ICONS} />;
}
