import { GenericHeader } from '../generic-header/generic-header';
import { PhaseBanner } from '../phase-banner/phase-banner';
import { renderHtml } from '../testing';
import { Template } from './template';

describe('Template', () => {
  const page = renderHtml(
    <Template
      title="Home – Manage school attendance"
      header={<GenericHeader logo="Rollcall" url="/school/" />}
      serviceName="Manage school attendance"
      serviceUrl="/school/"
      navigation={[{ text: 'Home', href: '/school/', current: true }]}
      phaseBanner={<PhaseBanner tag="Alpha">This is a new service.</PhaseBanner>}
      beforeContent={<a className="govuk-back-link" href="/school/">Back</a>}
    >
      <h1 className="govuk-heading-xl">Manage school attendance</h1>
    </Template>,
  );

  it('starts with a skip link to the main content', () => {
    const first = page.children.find((child) => typeof child !== 'string' && child.tagName === 'a');
    expect(typeof first === 'object' && first.getAttribute('href')).toBe('#main-content');
    expect(page.getById('main-content').tagName).toBe('main');
  });

  it('puts the header, service navigation and phase banner in the page header', () => {
    const header = page.querySelector('header.govuk-template__header');
    expect(header?.querySelector('.govuk-generic-header')).not.toBeNull();
    expect(header?.querySelector('.govuk-service-navigation__service-name')?.textContent).toBe('Manage school attendance');
    expect(header?.querySelector('.govuk-phase-banner')).not.toBeNull();
  });

  it('puts the content in the main landmark inside the width container', () => {
    const main = page.querySelector('div.govuk-width-container main.govuk-main-wrapper#main-content');
    expect(main?.querySelector('h1')?.textContent).toBe('Manage school attendance');
    expect(page.querySelector('div.govuk-width-container a.govuk-back-link')).not.toBeNull();
  });

  it('ends with the footer and sets the document title', () => {
    expect(page.querySelector('footer.govuk-template__footer .govuk-footer')).not.toBeNull();
    expect(page.querySelector('title')?.textContent).toBe('Home – Manage school attendance');
  });

  it('leaves the header out when there is nothing to put in it', () => {
    const bare = renderHtml(
      <Template footer={null}>
        <p>Content</p>
      </Template>,
    );
    expect(bare.querySelector('header')).toBeNull();
    expect(bare.querySelector('footer')).toBeNull();
  });
});
