import type { ReactNode } from 'react';
import type { ServiceNavigationItem } from '@rollcall/ui';
import { PortalLayout } from '../layout/portal-layout';
import { PageNotFound } from '../not-found/page-not-found';

export interface PortalAppProps {
  /** For example "School attendance". */
  serviceName: string;
  /** Where the portal is served, with slashes at both ends, for example "/school/". */
  basePath: string;
  home: ReactNode;
  /** Defaults to the address the browser is showing. */
  path?: string;
}

function isHome(path: string, basePath: string): boolean {
  return path === basePath || `${path}/` === basePath || path === `${basePath}index.html`;
}

/** A portal's pages inside its layout: the home page at its base path, "Page not found" anywhere else. */
export function PortalApp({ serviceName, basePath, home, path = window.location.pathname }: PortalAppProps) {
  const onHome = isHome(path, basePath);
  const navigation: ServiceNavigationItem[] = [{ text: 'Home', href: basePath, current: onHome }];
  return (
    <PortalLayout
      serviceName={serviceName}
      serviceUrl={basePath}
      navigation={navigation}
      pageTitle={onHome ? undefined : 'Page not found'}
    >
      {onHome ? home : <PageNotFound homeUrl={basePath} />}
    </PortalLayout>
  );
}
