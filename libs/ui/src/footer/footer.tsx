import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';
import { GovukLogo } from '../internal/govuk-logo';

export interface FooterLink {
  href: string;
  text: ReactNode;
}

export interface FooterNavigationSection {
  title: ReactNode;
  items: FooterLink[];
  columns?: 2 | 3;
  /** A govuk-grid-column width, such as `one-half`. Defaults to `full`. */
  width?: string;
}

export interface FooterMeta {
  items?: FooterLink[];
  visuallyHiddenTitle?: string;
  children?: ReactNode;
}

export interface FooterProps {
  navigation?: FooterNavigationSection[];
  meta?: FooterMeta;
  /** Defaults to the Open Government Licence statement; `null` leaves the licence out. */
  contentLicence?: ReactNode | null;
  /** Defaults to "© Crown copyright"; `null` leaves the copyright link out. */
  copyright?: ReactNode | null;
  copyrightHref?: string;
  /** The crown above the footer links and the royal coat of arms by the copyright. Only services on GOV.UK may
   * show them. */
  crown?: boolean;
  containerClassName?: string;
  className?: string;
}

const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
const CROWN_COPYRIGHT_URL =
  'https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/';

function LicenceLogo() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      className="govuk-footer__licence-logo"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 483.2 195.7"
      height="17"
      width="41"
    >
      <path
        fill="currentColor"
        d="M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145"
      />
    </svg>
  );
}

const OGL_STATEMENT = (
  <>
    All content is available under the{' '}
    <a className="govuk-footer__link" href={OGL_URL} rel="license">
      Open Government Licence v3.0
    </a>
    , except where otherwise stated
  </>
);

export function Footer({
  navigation = [],
  meta,
  contentLicence = OGL_STATEMENT,
  copyright = '© Crown copyright',
  copyrightHref = CROWN_COPYRIGHT_URL,
  crown = true,
  containerClassName,
  className,
}: FooterProps) {
  return (
    <div className={classNames('govuk-footer', className)}>
      <div className={classNames('govuk-width-container', containerClassName)}>
        {crown && <GovukLogo className="govuk-footer__crown" useLogotype={false} />}
        {navigation.length > 0 && (
          <>
            <div className="govuk-footer__navigation">
              {navigation.map((section, index) => (
                <div key={index} className={`govuk-footer__section govuk-grid-column-${section.width ?? 'full'}`}>
                  <h2 className="govuk-footer__heading govuk-heading-m">{section.title}</h2>
                  {section.items.length > 0 && (
                    <ul
                      className={classNames(
                        'govuk-footer__list',
                        section.columns && `govuk-footer__list--columns-${section.columns}`,
                      )}
                    >
                      {section.items.map((item) => (
                        <li key={item.href} className="govuk-footer__list-item">
                          <a className="govuk-footer__link" href={item.href}>
                            {item.text}
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
            <hr className="govuk-footer__section-break" />
          </>
        )}
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {meta && (
              <>
                <h2 className="govuk-visually-hidden">{meta.visuallyHiddenTitle ?? 'Support links'}</h2>
                {meta.items && meta.items.length > 0 && (
                  <ul className="govuk-footer__inline-list">
                    {meta.items.map((item) => (
                      <li key={item.href} className="govuk-footer__inline-list-item">
                        <a className="govuk-footer__link" href={item.href}>
                          {item.text}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
                {meta.children !== undefined && <div className="govuk-footer__meta-custom">{meta.children}</div>}
              </>
            )}
            {contentLicence !== null && (
              <>
                {contentLicence === OGL_STATEMENT && <LicenceLogo />}
                <span className="govuk-footer__licence-description">{contentLicence}</span>
              </>
            )}
          </div>
          {copyright !== null && (
            <div className="govuk-footer__meta-item">
              <a
                className={classNames('govuk-footer__link', crown && 'govuk-footer__copyright-logo')}
                href={copyrightHref}
              >
                {copyright}
              </a>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
