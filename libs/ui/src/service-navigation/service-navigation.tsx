import type { MouseEventHandler, ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface ServiceNavigationItem {
  text: ReactNode;
  href?: string;
  /** The page the user is on. */
  current?: boolean;
  /** The section the user is in, when they are on a page below it. */
  active?: boolean;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
}

export interface ServiceNavigationProps {
  serviceName?: ReactNode;
  serviceUrl?: string;
  navigation?: ServiceNavigationItem[];
  navigationId?: string;
  menuButtonText?: string;
  navigationLabel?: string;
  ariaLabel?: string;
  className?: string;
}

function ariaCurrent(item: ServiceNavigationItem): 'page' | 'true' | undefined {
  if (item.current) return 'page';
  return item.active ? 'true' : undefined;
}

export function ServiceNavigation({
  serviceName,
  serviceUrl,
  navigation = [],
  navigationId = 'navigation',
  menuButtonText = 'Menu',
  navigationLabel = menuButtonText,
  ariaLabel = 'Service information',
  className,
}: ServiceNavigationProps) {
  const collapseOnMobile = navigation.length > 1;
  const inner = (
    <div className="govuk-width-container">
      <div className="govuk-service-navigation__container">
        {serviceName && (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl ? (
              <a href={serviceUrl} className="govuk-service-navigation__link">
                {serviceName}
              </a>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        )}
        {navigation.length > 0 && (
          <nav aria-label={navigationLabel} className="govuk-service-navigation__wrapper">
            {collapseOnMobile && (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                hidden
                aria-hidden="true"
              >
                {menuButtonText}
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={navigationId}>
              {navigation.map((item, index) => {
                const highlighted = Boolean(item.current ?? item.active);
                const content = highlighted ? (
                  <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                ) : (
                  item.text
                );
                return (
                  <li
                    key={item.href ?? index}
                    className={classNames(
                      'govuk-service-navigation__item',
                      highlighted && 'govuk-service-navigation__item--active',
                    )}
                  >
                    {item.href ? (
                      <a
                        className="govuk-service-navigation__link"
                        href={item.href}
                        aria-current={ariaCurrent(item)}
                        onClick={item.onClick}
                      >
                        {content}
                      </a>
                    ) : (
                      <span className="govuk-service-navigation__text" aria-current={ariaCurrent(item)}>
                        {content}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
      </div>
    </div>
  );
  const rootClassName = classNames('govuk-service-navigation', className);
  return serviceName ? (
    <section aria-label={ariaLabel} className={rootClassName} data-module="govuk-service-navigation">
      {inner}
    </section>
  ) : (
    <div className={rootClassName} data-module="govuk-service-navigation">
      {inner}
    </div>
  );
}
