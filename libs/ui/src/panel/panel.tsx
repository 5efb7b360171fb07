import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface PanelProps {
  title: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  children?: ReactNode;
  className?: string;
}

/** The confirmation panel shown when someone has finished a task. */
export function Panel({ title, headingLevel = 1, children, className }: PanelProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={classNames('govuk-panel', 'govuk-panel--confirmation', className)}>
      <Heading className="govuk-panel__title">{title}</Heading>
      {children !== undefined && <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}
