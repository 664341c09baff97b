import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Test } from 'tap';
import { totpCode } from './factories.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, driven by playwright-core. The flags let it run as root on a
 * closed network (no sandbox, no background calls home); playwright gives every launch a fresh,
 * empty profile. Closed when the test ends.
 */
export async function launchBrowser(t: Test): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const browser = await chromium.launch({
    executablePath,
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
  t.teardown(() => browser.close());
  return browser;
}

/**
 * Signs in through the web client's own form, in English, gives the authenticator's code where the
 * account asks for one (staff accounts of the factories use TEST_TOTP_SECRET; with the served
 * app's `clock`, the code of its time), and waits for the profile page.
 */
export async function signInThroughUi(page: Page, baseUrl: string, email: string, password: string, options: { clock?: () => Date } = {}): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await page.waitForURL(/\/(profile|second-factor)$/);
  if (page.url().endsWith('/second-factor')) {
    // By name, not label: signing in has switched the page to the account's language.
    await page.locator('main input[name="code"]').fill(totpCode(undefined, (options.clock?.() ?? new Date()).getTime()));
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL('**/profile');
  }
}
