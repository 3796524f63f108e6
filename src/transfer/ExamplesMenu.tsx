import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { EXAMPLE_SERVERS, type ExampleServer } from './examples';

interface ExamplesMenuProps {
  onPick: (example: ExampleServer) => void;
  disabled?: boolean;
}

/** "Examples": a menu of the bundled example servers. */
export function ExamplesMenu({ onPick, disabled }: ExamplesMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  const items = () =>
    Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };
  const openMenu = (first: 'first' | 'last') => {
    setOpen(true);
    requestAnimationFrame(() => focusItem(first === 'first' ? 0 : -1));
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = items().indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') focusItem(index + 1);
    else if (event.key === 'ArrowUp') focusItem(index - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(-1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      // Escape closes the menu only, not the dialog around it.
      if (event.key === 'Escape') event.stopPropagation();
      close();
      if (event.key === 'Tab') return;
    } else return;
    event.preventDefault();
  };

  return (
    <span
      className="examples-menu"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null))
          setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? setOpen(false) : openMenu('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        Examples ▾
      </button>
      {open && (
        <ul
          id={menuId}
          ref={menu}
          role="menu"
          aria-label="Example servers"
          onKeyDown={onMenuKeyDown}
        >
          {EXAMPLE_SERVERS.map((example) => (
            <li key={example.file} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  onPick(example);
                }}
              >
                {example.serverName}
                <span className="example-detail">{example.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
