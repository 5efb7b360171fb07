import type { AnchorHTMLAttributes } from 'react';
import { buttonClasses, type ButtonVariant } from './button-classes';
import { StartIcon } from './start-icon';

export interface ButtonLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className'> {
  href: string;
  variant?: ButtonVariant;
  isStartButton?: boolean;
  className?: string;
}

/** A link that looks like a button, for moving to another page rather than sending a form. */
export function ButtonLink({
  href,
  variant,
  isStartButton = false,
  className,
  children,
  ...anchorAttributes
}: ButtonLinkProps) {
  return (
    <a
      {...anchorAttributes}
      href={href}
      role="button"
      draggable="false"
      className={buttonClasses(variant, isStartButton, className)}
      data-module="govuk-button"
    >
      {isStartButton && typeof children !== 'string' ? <span>{children}</span> : children}
      {isStartButton && <StartIcon />}
    </a>
  );
}
