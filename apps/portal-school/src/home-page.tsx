import { PortalHealthPanel } from '@rollcall/portal-kit';
import { portal } from './portal';

export function HomePage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{portal.serviceName}</h1>
        <p className="govuk-body-l">
          Use this service to take registers, follow up absence and see how attendance is changing across your
          school.
        </p>
        <PortalHealthPanel />
      </div>
    </div>
  );
}
