import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createPortalApolloClient } from '../apollo/create-portal-apollo-client';

/**
 * Renders a portal into the page's root element, with an Apollo Client for the API. Marks the page as
 * able to run govuk-frontend's JavaScript first, as the template's inline script would: this script is a
 * module, so only browsers that govuk-frontend supports run it, and no inline script is needed.
 */
export function mountPortal(container: HTMLElement | null, app: ReactNode): void {
  if (!container) throw new Error('The page has no element to render the portal into (expected <div id="root">).');
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  const client = createPortalApolloClient();
  createRoot(container).render(
    <StrictMode>
      <ApolloProvider client={client}>{app}</ApolloProvider>
    </StrictMode>,
  );
}
