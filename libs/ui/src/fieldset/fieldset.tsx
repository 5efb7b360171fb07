import { isValidElement, type ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface LegendOptions {
  text: ReactNode;
  /** For example `govuk-fieldset__legend--l` when the legend is the page heading. */
  className?: string;
  isPageHeading?: boolean;
}

/** Either the legend's content, or its content with options. */
export type LegendProp = ReactNode | LegendOptions;

export function toLegendOptions(legend: LegendProp): LegendOptions {
  if (typeof legend === 'object' && legend !== null && !isValidElement(legend) && 'text' in legend) {
    return legend;
  }
  return { text: legend };
}

export interface FieldsetProps {
  legend?: LegendProp;
  describedBy?: string;
  role?: string;
  className?: string;
  children?: ReactNode;
}

export function Fieldset({ legend, describedBy, role, className, children }: FieldsetProps) {
  const { text, className: legendClassName, isPageHeading } = toLegendOptions(legend);
  const hasLegend = text !== undefined && text !== null && text !== '';
  return (
    <fieldset className={classNames('govuk-fieldset', className)} role={role} aria-describedby={describedBy}>
      {hasLegend && (
        <legend className={classNames('govuk-fieldset__legend', legendClassName)}>
          {isPageHeading ? <h1 className="govuk-fieldset__heading">{text}</h1> : text}
        </legend>
      )}
      {children}
    </fieldset>
  );
}
