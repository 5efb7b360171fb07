import { PortalHealthPanel } from '@rollcall/portal-kit';
import { portal } from './portal';

export function HomePage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{portal.serviceName}</h1>
        <p className="govuk-body-l">
          Use this service to follow the attendance of children in care and children previously in care,
          wherever they go to school, so you can act early when they start to miss school.
        </p>
        <PortalHealthPanel />
      </div>
    </div>
  );
}
