import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** An icon before the label (decorative: the label names the button). */
  icon?: ReactNode;
  /** An icon after the label, e.g. a chevron on a menu button. */
  trailing?: ReactNode;
}

/** The one button: primary for the screen's main action, secondary elsewhere, ghost in toolbars. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'md', icon, trailing, className, children, type, ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type ?? 'button'}
      className={`ui-button ${className ?? ''}`}
      data-variant={variant}
      data-size={size}
      {...rest}
    >
      {icon !== undefined && (
        <span className="ui-button-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
      {trailing !== undefined && (
        <span className="ui-button-icon" aria-hidden="true">
          {trailing}
        </span>
      )}
    </button>
  );
});
