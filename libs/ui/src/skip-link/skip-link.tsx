import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface SkipLinkProps {
  href?: string;
  className?: string;
  children?: ReactNode;
}

export function SkipLink({ href = '#main-content', className, children = 'Skip to main content' }: SkipLinkProps) {
  return (
    <a href={href} className={classNames('govuk-skip-link', className)} data-module="govuk-skip-link">
      {children}
    </a>
  );
}
