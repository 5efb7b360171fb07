import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface HintProps {
  id?: string;
  className?: string;
  children: ReactNode;
}

export function Hint({ id, className, children }: HintProps) {
  return (
    <div id={id} className={classNames('govuk-hint', className)}>
      {children}
    </div>
  );
}
