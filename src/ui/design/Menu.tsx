import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { Button, type ButtonVariant } from './Button';

const ChooseContext = createContext<(action: () => void) => void>((action) => action());

interface MenuProps {
  /** The menu button's accessible name and text, e.g. "Export". */
  label: string;
  icon?: ReactNode;
  variant?: ButtonVariant;
  /** Items: MenuItem, MenuCheckItem, MenuSeparator. The menu closes after a MenuItem is chosen. */
  children: ReactNode;
  align?: 'start' | 'end';
  /** Hide the text and show only the icon (the label stays the accessible name). */
  iconOnly?: boolean;
}

const ITEM = '[role^="menuitem"]:not([disabled])';

function items(menu: HTMLElement | null): HTMLElement[] {
  return menu ? Array.from(menu.querySelectorAll<HTMLElement>(ITEM)) : [];
}

/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown opens it on the first
 * item, arrows and Home/End move, Escape closes and returns focus, Tab or a click outside closes.
 */
export function Menu({
  label,
  icon,
  variant = 'secondary',
  children,
  align = 'end',
  iconOnly = false,
}: MenuProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLSpanElement>(null);
  const menuId = useId();
  const focusLast = useRef(false);

  const close = useCallback((refocus = true) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const list = items(menuRef.current);
    (focusLast.current ? list[list.length - 1] : list[0])?.focus();
    focusLast.current = false;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // Focus goes back to the menu button before the item acts, so a dialog the item opens takes
  // the focus from there and returns it there. Focus moves first, with no state change pending:
  // a change flushed by that focus event would unmount the item mid-click.
  const choose = useCallback((action: () => void) => {
    buttonRef.current?.focus();
    setOpen(false);
    action();
  }, []);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusLast.current = event.key === 'ArrowUp';
      setOpen(true);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items(menuRef.current);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <span className="ui-menu-root" ref={rootRef}>
      <Button
        ref={buttonRef}
        variant={variant}
        icon={icon}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={iconOnly ? label : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKeyDown}
        trailing={iconOnly ? undefined : <Chevron />}
        className={iconOnly ? 'ui-icon-button' : undefined}
      >
        {iconOnly ? null : label}
      </Button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className="ui-menu"
          data-align={align}
          onKeyDown={onMenuKeyDown}
          // Capture: the menu closes (focus back on its button) before the item acts, so a
          // dialog the item opens takes the focus and later returns it to the menu button.
        >
          <ChooseContext.Provider value={choose}>{children}</ChooseContext.Provider>
        </div>
      )}
    </span>
  );
}

function Chevron() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" fill="none" aria-hidden="true">
      <path d="M3 4.5 6 7.5 9 4.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

interface MenuItemProps {
  /** The item's accessible name (kept from the button it replaced, e.g. "Download policy.json"). */
  children: ReactNode;
  onSelect: () => void;
  icon?: ReactNode;
  /** A hint on the right, e.g. a shortcut. */
  hint?: string;
  disabled?: boolean;
  /** Why the item is disabled, read with it. */
  describedBy?: string;
  tone?: 'danger';
}

/** One action of a menu; choosing it closes the menu and focus returns to the menu button. */
export function MenuItem({
  children,
  onSelect,
  icon,
  hint,
  disabled,
  describedBy,
  tone,
}: MenuItemProps) {
  const choose = useContext(ChooseContext);
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className="ui-menu-item"
      data-tone={tone}
      disabled={disabled}
      aria-describedby={describedBy}
      onClick={() => choose(onSelect)}
    >
      <span className="ui-menu-item-icon" aria-hidden="true">
        {icon}
      </span>
      <span className="ui-menu-item-label">{children}</span>
      {hint !== undefined && <span className="ui-menu-item-hint">{hint}</span>}
    </button>
  );
}

interface MenuCheckItemProps {
  children: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A second line explaining the option. */
  description?: string;
}

/** An option inside a menu (stays open so the user sees the new state). */
export function MenuCheckItem({ children, checked, onChange, description }: MenuCheckItemProps) {
  const descriptionId = useId();
  return (
    <button
      type="button"
      role="menuitemcheckbox"
      aria-checked={checked}
      aria-labelledby={`${descriptionId}-label`}
      aria-describedby={description !== undefined ? descriptionId : undefined}
      tabIndex={-1}
      className="ui-menu-item"
      onClick={() => onChange(!checked)}
    >
      <span className="ui-menu-item-icon ui-menu-check" aria-hidden="true">
        {checked ? '✓' : ''}
      </span>
      <span className="ui-menu-item-label">
        <span id={`${descriptionId}-label`}>{children}</span>
        {description !== undefined && (
          <span id={descriptionId} className="ui-menu-item-description">
            {description}
          </span>
        )}
      </span>
    </button>
  );
}

/** A line between groups of items. */
export function MenuSeparator() {
  return <div role="separator" className="ui-menu-separator" />;
}

/** A small heading over a group of items (not focusable). */
export function MenuLabel({ children }: { children: ReactNode }) {
  return (
    <div className="ui-menu-label" role="presentation">
      {children}
    </div>
  );
}
