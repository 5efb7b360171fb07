import { PortalHealthPanel } from '@rollcall/portal-kit';
import { portal } from './portal';

export function HomePage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{portal.serviceName}</h1>
        <p className="govuk-body-l">
          Use this service to see your child's school attendance and to find out what happens when a child
          misses school.
        </p>
        <PortalHealthPanel />
      </div>
    </div>
  );
}
