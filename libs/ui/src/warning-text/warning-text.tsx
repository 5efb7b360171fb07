import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface WarningTextProps {
  /** Read out in place of the "!" icon. */
  iconFallbackText?: string;
  className?: string;
  children: ReactNode;
}

export function WarningText({ iconFallbackText = 'Warning', className, children }: WarningTextProps) {
  return (
    <div className={classNames('govuk-warning-text', className)}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span> {children}
      </strong>
    </div>
  );
}
