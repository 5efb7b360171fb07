import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser';

const PORTALS = [
  { path: '/school/', name: 'School attendance' },
  { path: '/la/', name: 'Local authority attendance' },
  { path: '/virtual-school/', name: 'Virtual School attendance' },
  { path: '/parent/', name: "Your child's attendance" },
];

describe('the four portals, as a new user first sees them', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  it('lists every portal on the home page', async () => {
    await page.goto(`${baseUrl()}/`);
    for (const portal of PORTALS) {
      await expect(page.getByRole('link', { name: portal.name, exact: true }).getAttribute('href')).resolves.toBe(portal.path);
    }
  });

  it.each(PORTALS)('$name shows its name and that the service and database are working', async ({ path, name }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${baseUrl()}${path}`);
    await expect(page.getByRole('banner').textContent()).resolves.toContain(name);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    const health = page.locator('.govuk-summary-list');
    await health.getByText('Connected', { exact: true }).waitFor();
    await expect(health.textContent()).resolves.toContain('Working');
    expect(failed).toEqual([]);
  });

  it('lets a keyboard user skip to the main content', async () => {
    await page.goto(`${baseUrl()}/school/`);
    // The portal is drawn by script: wait until the page a person sees is there before pressing a key.
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element instanceof HTMLAnchorElement ? { text: element.textContent?.trim(), href: element.getAttribute('href') } : null;
    });
    expect(focused).toEqual({ text: 'Skip to main content', href: '#main-content' });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe('#main-content');
  });

  it('answers an address inside a portal with the portal itself, saying plainly when there is no such page', async () => {
    const response = await page.goto(`${baseUrl()}/la/no-such-page`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('banner').textContent()).resolves.toContain('Local authority attendance');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
  });
});
