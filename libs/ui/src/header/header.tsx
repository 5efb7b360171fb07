import { GovukLogo } from '../internal/govuk-logo';
import { classNames } from '../internal/class-names';

export interface HeaderProps {
  /** Defaults to the GOV.UK homepage. */
  homepageUrl?: string;
  /** Follows "GOV.UK" directly, as in "GOV.UK Pay". */
  productName?: string;
  containerClassName?: string;
  className?: string;
}

/**
 * The GOV.UK header with the crown. Only for services on GOV.UK; anything else uses `GenericHeader`.
 */
export function Header({ homepageUrl = '//gov.uk', productName, containerClassName, className }: HeaderProps) {
  return (
    <div className={classNames('govuk-header', className)}>
      <div className={classNames('govuk-header__container', containerClassName ?? 'govuk-width-container')}>
        <div className="govuk-header__logo">
          <a href={homepageUrl} className="govuk-header__homepage-link">
            <GovukLogo className="govuk-header__logotype" ariaLabelText="GOV.UK" />
            {productName && <span className="govuk-header__product-name">{productName}</span>}
          </a>
        </div>
      </div>
    </div>
  );
}
