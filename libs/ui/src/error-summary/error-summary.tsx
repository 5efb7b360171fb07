import { useEffect, useRef, type ReactNode } from 'react';
import { classNames } from '../internal/class-names';
import { focusElement } from '../internal/focus-element';

export interface ErrorSummaryItem {
  text: ReactNode;
  /** The field in error, as `#<id>`: the input, or the first radio, checkbox or date box. */
  href?: string;
}

export interface ErrorSummaryProps {
  titleText?: ReactNode;
  description?: ReactNode;
  errorList: ErrorSummaryItem[];
  /** Leave focus where it is when the summary appears. */
  disableAutoFocus?: boolean;
  className?: string;
}

// Takes focus when it appears so screen reader users hear the problems straight away. It does not take
// focus again while it stays on the page, so checking answers as someone types never moves them.
export function ErrorSummary({
  titleText = 'There is a problem',
  description,
  errorList,
  disableAutoFocus,
  className,
}: ErrorSummaryProps) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!disableAutoFocus && root.current) focusElement(root.current);
  }, [disableAutoFocus]);
  return (
    <div
      ref={root}
      className={classNames('govuk-error-summary', className)}
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
      data-module="govuk-error-summary"
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title">{titleText}</h2>
        <div className="govuk-error-summary__body">
          {description !== undefined && <p>{description}</p>}
          {errorList.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errorList.map((item, index) => (
                <li key={item.href ?? index}>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
