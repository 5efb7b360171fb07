export interface PageNotFoundProps {
  /** The portal's home page, offered as a way back. */
  homeUrl: string;
}

/** GOV.UK's "Page not found" pattern, for addresses inside a portal that show nothing. */
export function PageNotFound({ homeUrl }: PageNotFoundProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          You can go to the{' '}
          <a className="govuk-link" href={homeUrl}>
            home page
          </a>
          .
        </p>
      </div>
    </div>
  );
}
