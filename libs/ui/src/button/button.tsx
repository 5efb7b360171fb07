import type { ButtonHTMLAttributes } from 'react';
import { buttonClasses, type ButtonVariant } from './button-classes';
import { StartIcon } from './start-icon';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: ButtonVariant;
  /** The call to action on a service's start page, with an arrow. */
  isStartButton?: boolean;
  /** Ignore a second click within a second, so a form is not sent twice. */
  preventDoubleClick?: boolean;
  className?: string;
}

export function Button({
  variant,
  isStartButton = false,
  preventDoubleClick,
  className,
  type = 'submit',
  disabled,
  children,
  ...buttonAttributes
}: ButtonProps) {
  return (
    <button
      type={type}
      {...buttonAttributes}
      disabled={disabled}
      aria-disabled={disabled ? true : undefined}
      data-prevent-double-click={preventDoubleClick === undefined ? undefined : String(preventDoubleClick)}
      className={buttonClasses(variant, isStartButton, className)}
      data-module="govuk-button"
    >
      {isStartButton && typeof children !== 'string' ? <span>{children}</span> : children}
      {isStartButton && <StartIcon />}
    </button>
  );
}
