import { cloneElement, useId, useState, type ReactElement } from 'react';

interface TooltipProps {
  /** What the tooltip says, e.g. "Undo · Ctrl+Z". */
  content: string;
  /** One focusable element; it gets aria-describedby while the tooltip shows. */
  children: ReactElement<{ 'aria-describedby'?: string }>;
  side?: 'top' | 'bottom';
}

/**
 * A tooltip shown on hover and on keyboard focus, hidden on Escape (WAI-ARIA tooltip pattern).
 * It describes its trigger; the trigger keeps its own accessible name.
 */
export function Tooltip({ content, children, side = 'bottom' }: TooltipProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span
      className="ui-tooltip-anchor"
      onPointerEnter={() => setOpen(true)}
      onPointerLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      {cloneElement(children, { 'aria-describedby': open ? id : undefined })}
      {open && (
        <span role="tooltip" id={id} className="ui-tooltip" data-side={side}>
          {content}
        </span>
      )}
    </span>
  );
}
