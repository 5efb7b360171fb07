import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';
import { Tag } from '../tag/tag';

export interface PhaseBannerProps {
  /** "Alpha" or "Beta". */
  tag: ReactNode;
  children: ReactNode;
  className?: string;
}

export function PhaseBanner({ tag, children, className }: PhaseBannerProps) {
  return (
    <div className={classNames('govuk-phase-banner', 'govuk-width-container', className)}>
      <p className="govuk-phase-banner__content">
        <Tag className="govuk-phase-banner__content__tag">{tag}</Tag>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
