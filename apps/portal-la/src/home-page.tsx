import { PortalHealthPanel } from '@rollcall/portal-kit';
import { portal } from './portal';

export function HomePage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{portal.serviceName}</h1>
        <p className="govuk-body-l">
          Use this service to see attendance across the schools in your area, support pupils who are missing
          school, and keep a record of formal action such as penalty notices.
        </p>
        <PortalHealthPanel />
      </div>
    </div>
  );
}
