import { Browser, chromium } from 'playwright-core';

export function baseUrl(): string {
  const url = process.env['ROLLCALL_E2E_BASE_URL'];
  if (!url) throw new Error('The browser tests start Rollcall in their global setup; run them with `npx nx e2e portals-e2e`');
  return url;
}

/** Debian's Chromium, headless, with nothing reaching out of the machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
