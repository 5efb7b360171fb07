import type { AnchorHTMLAttributes } from 'react';
import { classNames } from '../internal/class-names';

export interface BackLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className'> {
  href?: string;
  className?: string;
}

export function BackLink({ href = '#', className, children = 'Back', ...anchorAttributes }: BackLinkProps) {
  return (
    <a {...anchorAttributes} href={href} className={classNames('govuk-back-link', className)}>
      {children}
    </a>
  );
}
