import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface ErrorMessageProps {
  id?: string;
  className?: string;
  /** Read out before the message by screen readers. Pass `null` to leave it out. */
  visuallyHiddenText?: string | null;
  children: ReactNode;
}

export function ErrorMessage({ id, className, visuallyHiddenText = 'Error', children }: ErrorMessageProps) {
  return (
    <p id={id} className={classNames('govuk-error-message', className)}>
      {visuallyHiddenText ? (
        <>
          <span className="govuk-visually-hidden">{visuallyHiddenText}:</span> {children}
        </>
      ) : (
        children
      )}
    </p>
  );
}
