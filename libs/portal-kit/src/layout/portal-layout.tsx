import { Footer, GenericHeader, PhaseBanner, Template, type ServiceNavigationItem } from '@rollcall/ui';
import type { ReactNode } from 'react';

export interface PortalLayoutProps {
  /** The portal's name, for example "School attendance". */
  serviceName: string;
  /** The portal's home page, for example "/school/". */
  serviceUrl: string;
  navigation?: ServiceNavigationItem[];
  /** This page's title, put before the service name in the browser tab. Leave out on the home page. */
  pageTitle?: string;
  /** Starts the browser tab's title with "Error:" while the page shows errors. */
  hasErrors?: boolean;
  /** Shown above the main content, for example a back link. */
  beforeContent?: ReactNode;
  children: ReactNode;
}

export function documentTitle(serviceName: string, pageTitle?: string, hasErrors = false): string {
  const title = pageTitle ? `${pageTitle} – ${serviceName}` : serviceName;
  return hasErrors ? `Error: ${title}` : title;
}

// Rollcall runs for schools and local authorities rather than on GOV.UK, so it uses the Design System
// without the crown: the generic header, and a footer without the crown, coat of arms or Crown copyright.
export function PortalLayout({
  serviceName,
  serviceUrl,
  navigation,
  pageTitle,
  hasErrors,
  beforeContent,
  children,
}: PortalLayoutProps) {
  return (
    <Template
      title={documentTitle(serviceName, pageTitle, hasErrors)}
      header={<GenericHeader logo="Rollcall" url={serviceUrl} />}
      serviceName={serviceName}
      serviceUrl={serviceUrl}
      navigation={navigation}
      phaseBanner={<PhaseBanner tag="Alpha">This is a new service. It is still being built and tested.</PhaseBanner>}
      beforeContent={beforeContent}
      footer={
        <Footer
          crown={false}
          copyright={null}
          contentLicence="Rollcall is open-source software, released under the MIT licence."
        />
      }
    >
      {children}
    </Template>
  );
}
