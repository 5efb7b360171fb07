import { renderHtml } from '../testing';
import { NotificationBanner } from './notification-banner';

describe('NotificationBanner', () => {
  it('is a labelled region titled "Important" by default', () => {
    const page = renderHtml(<NotificationBanner text="The census closes on Friday." />);
    const banner = page.querySelector('.govuk-notification-banner');
    expect(banner?.getAttribute('role')).toBe('region');
    expect(banner?.getAttribute('aria-labelledby')).toBe('govuk-notification-banner-title');
    expect(banner?.getAttribute('data-module')).toBe('govuk-notification-banner');
    expect(page.getById('govuk-notification-banner-title').textContent).toBe('Important');
    expect(page.querySelector('p.govuk-notification-banner__heading')?.textContent).toBe('The census closes on Friday.');
  });

  it('announces success as an alert', () => {
    const page = renderHtml(
      <NotificationBanner type="success" titleId="saved-title">
        <h3 className="govuk-notification-banner__heading">Register saved</h3>
      </NotificationBanner>,
    );
    const banner = page.querySelector('.govuk-notification-banner');
    expect(banner?.classList).toEqual(['govuk-notification-banner', 'govuk-notification-banner--success']);
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(page.getById('saved-title').textContent).toBe('Success');
    expect(page.querySelector('.govuk-notification-banner__content h3')?.textContent).toBe('Register saved');
  });
});
