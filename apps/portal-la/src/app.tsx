import { PortalApp } from '@rollcall/portal-kit';
import { HomePage } from './home-page';
import { portal } from './portal';

export function App() {
  return <PortalApp serviceName={portal.serviceName} basePath={portal.basePath} home={<HomePage />} />;
}
