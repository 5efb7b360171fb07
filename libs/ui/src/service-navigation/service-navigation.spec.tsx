import { renderHtml } from '../testing';
import { ServiceNavigation } from './service-navigation';

describe('ServiceNavigation', () => {
  const page = renderHtml(
    <ServiceNavigation
      serviceName="Manage school attendance"
      serviceUrl="/school/"
      navigation={[
        { text: 'Home', href: '/school/', current: true },
        { text: 'Registers', href: '/school/registers' },
        { text: 'Pupils', href: '/school/pupils', active: true },
      ]}
    />,
  );

  it('names the service and links it to the service home page', () => {
    const section = page.querySelector('section.govuk-service-navigation');
    expect(section?.getAttribute('aria-label')).toBe('Service information');
    expect(section?.getAttribute('data-module')).toBe('govuk-service-navigation');
    const name = page.querySelector('.govuk-service-navigation__service-name a.govuk-service-navigation__link');
    expect(name?.getAttribute('href')).toBe('/school/');
    expect(name?.textContent).toBe('Manage school attendance');
  });

  it('marks the current page and the active section', () => {
    const links = page.querySelectorAll('nav[aria-label="Menu"] li.govuk-service-navigation__item a');
    expect(links.map((link) => [link.textContent, link.getAttribute('aria-current')])).toEqual([
      ['Home', 'page'],
      ['Registers', null],
      ['Pupils', 'true'],
    ]);
    expect(page.querySelectorAll('.govuk-service-navigation__item--active strong.govuk-service-navigation__active-fallback')).toHaveLength(2);
  });

  it('has a hidden menu button that govuk-frontend shows on small screens', () => {
    const toggle = page.querySelector('button.govuk-service-navigation__toggle.govuk-js-service-navigation-toggle');
    expect(toggle?.getAttribute('aria-controls')).toBe('navigation');
    expect(toggle?.hasAttribute('hidden')).toBe(true);
    expect(page.getById('navigation').tagName).toBe('ul');
  });

  it('is a plain navigation block without a service name, with no menu button for one link', () => {
    const other = renderHtml(<ServiceNavigation navigation={[{ text: 'Home', href: '/' }]} />);
    expect(other.querySelector('section')).toBeNull();
    expect(other.querySelector('div.govuk-service-navigation nav')).not.toBeNull();
    expect(other.querySelector('button')).toBeNull();
  });

  it('shows the service name as text when it has no link', () => {
    const other = renderHtml(<ServiceNavigation serviceName="Rollcall" />);
    expect(other.querySelector('.govuk-service-navigation__service-name span.govuk-service-navigation__text')?.textContent).toBe('Rollcall');
    expect(other.querySelector('nav')).toBeNull();
  });
});
