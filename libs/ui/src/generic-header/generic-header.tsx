import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface GenericHeaderProps {
  /** The organisation or product name shown in place of the GOV.UK logo. */
  logo: ReactNode;
  /** Where the logo links to. Defaults to the root of the site. */
  url?: string;
  containerClassName?: string;
  className?: string;
}

/** The header for services that are not on GOV.UK, so may not show the crown. */
export function GenericHeader({ logo, url = '/', containerClassName, className }: GenericHeaderProps) {
  return (
    <div className={classNames('govuk-generic-header', className)}>
      <div className={classNames('govuk-generic-header__container', containerClassName ?? 'govuk-width-container')}>
        <div className="govuk-generic-header__logo">
          <a href={url} className="govuk-generic-header__homepage-link">
            {logo}
          </a>
        </div>
      </div>
    </div>
  );
}
