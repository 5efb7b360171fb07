import { renderToStaticMarkup } from 'react-dom/server';
import { PageNotFound } from './page-not-found';

describe('PageNotFound', () => {
  it('says the page was not found and links home', () => {
    const html = renderToStaticMarkup(<PageNotFound homeUrl="/la/" />);
    expect(html).toContain('<h1 class="govuk-heading-l">Page not found</h1>');
    expect(html).toContain('<a class="govuk-link" href="/la/">home page</a>');
  });
});
