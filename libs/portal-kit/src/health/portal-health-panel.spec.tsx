import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { HealthDocument } from '@rollcall/sdk';
import { renderToStaticMarkup } from 'react-dom/server';
import { PortalHealthPanel } from './portal-health-panel';

async function render(mock: MockedProviderProps['mocks']): Promise<string> {
  const { result } = await prerenderStatic({
    tree: (
      <MockedProvider mocks={mock}>
        <PortalHealthPanel />
      </MockedProvider>
    ),
    renderFunction: renderToStaticMarkup,
  });
  return result;
}

describe('PortalHealthPanel', () => {
  it('starts by saying it is checking', () => {
    const html = renderToStaticMarkup(
      <MockedProvider mocks={[]}>
        <PortalHealthPanel />
      </MockedProvider>,
    );
    expect(html).toContain('Checking whether Rollcall is working');
  });

  it("shows the API's answer", async () => {
    const html = await render([
      { request: { query: HealthDocument }, result: { data: { health: { status: 'ok', database: 'UP' } } } },
    ]);
    expect(html).toContain('>Working</strong>');
    expect(html).toContain('>Connected</strong>');
  });

  it('says the service is not working when the API cannot be reached', async () => {
    const html = await render([{ request: { query: HealthDocument }, error: new Error('Failed to fetch') }]);
    expect(html).toContain('>Not working</strong>');
    expect(html).toContain('Rollcall could not be reached.');
  });
});
