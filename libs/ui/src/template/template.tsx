import type { ReactNode } from 'react';
import { Footer } from '../footer/footer';
import { useGovukFrontend } from '../govuk-frontend/use-govuk-frontend';
import { classNames } from '../internal/class-names';
import { ServiceNavigation, type ServiceNavigationItem } from '../service-navigation/service-navigation';
import { SkipLink } from '../skip-link/skip-link';

export interface TemplateProps {
  /** The document title, for example "Pupils – Manage school attendance". */
  title?: string;
  /** `<Header />` on GOV.UK, `<GenericHeader />` anywhere else; leave out for none. */
  header?: ReactNode;
  serviceName?: ReactNode;
  serviceUrl?: string;
  navigation?: ServiceNavigationItem[];
  /** Usually a `<PhaseBanner />`, shown under the service navigation. */
  phaseBanner?: ReactNode;
  /** Shown above the main content, for example a `<BackLink />`. */
  beforeContent?: ReactNode;
  /** Defaults to the standard GOV.UK footer. */
  footer?: ReactNode;
  mainClassName?: string;
  mainLang?: string;
  children: ReactNode;
}

/**
 * The page shell from govuk-frontend's template.njk: skip link, header, service navigation, width
 * container with `<main id="main-content">`, and footer. The `<html>` and `<body>` classes live in the
 * app's index.html. It also runs govuk-frontend's JavaScript for everything rendered inside it.
 */
export function Template({
  title,
  header,
  serviceName,
  serviceUrl,
  navigation,
  phaseBanner,
  beforeContent,
  footer = <Footer />,
  mainClassName,
  mainLang,
  children,
}: TemplateProps) {
  useGovukFrontend();
  const hasServiceNavigation = Boolean(serviceName) || (navigation?.length ?? 0) > 0;
  const hasHeader = Boolean(header) || hasServiceNavigation || Boolean(phaseBanner);
  return (
    <>
      {title && <title>{title}</title>}
      <SkipLink href="#main-content" />
      {hasHeader && (
        <header className="govuk-template__header">
          {header}
          {hasServiceNavigation && (
            <ServiceNavigation serviceName={serviceName} serviceUrl={serviceUrl} navigation={navigation} />
          )}
          {phaseBanner}
        </header>
      )}
      <div className="govuk-width-container">
        {beforeContent}
        <main className={classNames('govuk-main-wrapper', mainClassName)} id="main-content" lang={mainLang}>
          {children}
        </main>
      </div>
      {footer && <footer className="govuk-template__footer">{footer}</footer>}
    </>
  );
}
