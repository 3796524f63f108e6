import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface ToastItem {
  id: number | string;
  tone: 'info' | 'success' | 'warning' | 'error';
  title: string;
  lines?: readonly string[];
  /** A class for the toast, naming where it comes from (e.g. "transfer-report"). */
  className?: string;
  /** The dismiss button's name; "Dismiss: <title>" when not given. */
  dismissLabel?: string;
  /** One action, e.g. Undo. */
  action?: { label: string; onAction: () => void };
}

interface ToasterProps {
  toasts: readonly ToastItem[];
  onDismiss: (id: ToastItem['id']) => void;
  icons?: Partial<Record<ToastItem['tone'], ReactNode>>;
}

// One stack for every Toaster on the page (features render their own notices into it).
function host(): HTMLElement {
  const found = document.getElementById('ui-toaster');
  if (found) return found;
  const created = document.createElement('div');
  created.id = 'ui-toaster';
  created.className = 'ui-toaster';
  document.body.append(created);
  return created;
}

/**
 * Notices as a stack of toasts in the bottom-right corner, over the JSON pane and clear of the
 * tool rows: each one is read out (status, or alert for errors) and dismissable.
 */
export function Toaster({ toasts, onDismiss, icons }: ToasterProps) {
  if (toasts.length === 0) return null;
  return createPortal(
    <>
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`ui-toast ${toast.className ?? ''}`}
          data-tone={toast.tone}
          role={toast.tone === 'error' ? 'alert' : 'status'}
        >
          {icons?.[toast.tone] !== undefined && (
            <span className="ui-toast-icon" aria-hidden="true">
              {icons[toast.tone]}
            </span>
          )}
          <div className="ui-toast-body">
            <p className="ui-toast-title">{toast.title}</p>
            {toast.lines !== undefined && toast.lines.length > 0 && (
              <ul className="ui-toast-lines">
                {toast.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </div>
          {toast.action !== undefined && (
            <button
              type="button"
              className="ui-toast-action"
              onClick={() => {
                toast.action?.onAction();
                onDismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="ui-toast-close"
            aria-label={toast.dismissLabel ?? `Dismiss: ${toast.title}`}
            onClick={() => onDismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </>,
    host(),
  );
}
