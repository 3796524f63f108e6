import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './dialog.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
}

let openDialogs = 0;

/**
 * While a dialog is open the app behind it is inert and hidden from assistive technology (the
 * dialog is portaled outside #root), so only the dialog's controls can be reached or found.
 */
function hideApp(): () => void {
  const app = document.getElementById('root');
  openDialogs++;
  app?.setAttribute('aria-hidden', 'true');
  app?.setAttribute('inert', '');
  return () => {
    openDialogs--;
    if (openDialogs > 0) return;
    app?.removeAttribute('aria-hidden');
    app?.removeAttribute('inert');
  };
}

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** A short description read with the title. */
  describedBy?: string;
  className?: string;
}

/**
 * A modal dialog: focus moves in (to the element marked `data-autofocus`, else the first control)
 * and stays in (Tab wraps), Escape or a click on the backdrop closes it, and focus returns to where
 * it was when it opened.
 */
export function Dialog({ title, onClose, children, describedBy, className }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = ref.current;
    const showApp = hideApp();
    if (root) {
      const preferred = root.querySelector<HTMLElement>('[data-autofocus]');
      (preferred ?? focusables(root)[0] ?? root).focus();
    }
    return () => {
      showApp();
      opener?.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = focusables(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={`dialog ${className ?? ''}`}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
