import type { ReactNode } from 'react';
import { classNames } from './class-names';

export interface FormGroupProps {
  hasError: boolean;
  className?: string;
  children: ReactNode;
}

export function FormGroup({ hasError, className, children }: FormGroupProps) {
  return (
    <div className={classNames('govuk-form-group', hasError && 'govuk-form-group--error', className)}>{children}</div>
  );
}
