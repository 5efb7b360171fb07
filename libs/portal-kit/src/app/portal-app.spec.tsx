import { renderToStaticMarkup } from 'react-dom/server';
import { PortalApp } from './portal-app';

const render = (path: string) =>
  renderToStaticMarkup(
    <PortalApp serviceName="Local authority attendance" basePath="/la/" home={<h1>Home page</h1>} path={path} />,
  );

describe('PortalApp', () => {
  it.each(['/la/', '/la', '/la/index.html'])('shows the home page at %s', (path) => {
    const html = render(path);
    expect(html).toContain('<h1>Home page</h1>');
    expect(html).toContain('<title>Local authority attendance</title>');
    expect(html).toContain('aria-current="page"');
  });

  it('says "Page not found" at an address it does not know, keeping the portal around it', () => {
    const html = render('/la/schools/100001');
    expect(html).toContain('Page not found</h1>');
    expect(html).not.toContain('Home page');
    expect(html).toContain('<title>Page not found – Local authority attendance</title>');
    expect(html).toContain('>Local authority attendance</a>');
    expect(html).not.toContain('aria-current');
  });
});
