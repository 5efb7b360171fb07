import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface InsetTextProps {
  id?: string;
  className?: string;
  children: ReactNode;
}

export function InsetText({ id, className, children }: InsetTextProps) {
  return (
    <div id={id} className={classNames('govuk-inset-text', className)}>
      {children}
    </div>
  );
}
