import { isValidElement, type ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface LabelOptions {
  text: ReactNode;
  className?: string;
  /** Wrap the label in the page's `h1`, for question pages that ask one thing. */
  isPageHeading?: boolean;
}

/** Either the label's content, or its content with options. */
export type LabelProp = ReactNode | LabelOptions;

export function toLabelOptions(label: LabelProp): LabelOptions {
  if (typeof label === 'object' && label !== null && !isValidElement(label) && 'text' in label) {
    return label;
  }
  return { text: label };
}

export interface LabelProps extends LabelOptions {
  htmlFor?: string;
}

export function Label({ text, className, isPageHeading, htmlFor }: LabelProps) {
  if (text === undefined || text === null || text === '') return null;
  const label = (
    <label className={classNames('govuk-label', className)} htmlFor={htmlFor}>
      {text}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
