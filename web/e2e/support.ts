import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'Demo-Palier-1';

export const VIEWPORTS = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 800 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;
export const VIEWPORT_NAMES = Object.keys(VIEWPORTS) as ViewportName[];

const screenshots = path.resolve(import.meta.dirname, '../test-results/screenshots');

export function baseURL(): string {
  return inject('baseURL');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh visitor (no cookie, no stored language) on a phone or a desktop; `base`: a file's own server (api-server.ts). */
export async function openPage(browser: Browser, viewport: ViewportName, base = baseURL()): Promise<Page> {
  const context = await browser.newContext({
    baseURL: base,
    viewport: VIEWPORTS[viewport],
    deviceScaleFactor: viewport === 'phone' ? 2 : 1,
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Identifiant').fill(identifier);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Valider' }).click();
}

/** Waits until the path is the one expected (client-side navigations included). */
export async function expectPath(page: Page, pathname: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === pathname);
  expect(new URL(page.url()).pathname).toBe(pathname);
}

/** Nothing may stick out sideways: a phone user would have to scroll horizontally. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

export async function screenshot(page: Page, scenario: string, viewport: ViewportName, fullPage = true): Promise<void> {
  fs.mkdirSync(screenshots, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  // A full page from the top: a sticky bar (the phone's menu) stays where the test scrolled it otherwise.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, `${scenario}-${viewport}.png`), fullPage });
}

/** The rules checked on every page: WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One violation, readable in a failing test's output: rule, impact, each node's selector, contrast figures when there are some. */
function describeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes.map((node) => {
    const contrast = [...node.any, ...node.all, ...node.none]
      .map((check) => check.data as { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string; fontSize?: string; fontWeight?: string } | null)
      .find((data) => data?.contrastRatio && data.fgColor);
    const figures = contrast
      ? ` — ${contrast.contrastRatio}:1 where ${contrast.expectedContrastRatio} is required (${contrast.fgColor} on ${contrast.bgColor}, ${contrast.fontSize} ${contrast.fontWeight})`
      : '';
    return `    ${node.target.join(' ')}${figures}\n      ${node.html.slice(0, 160)}`;
  });
  return `  ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n${nodes.join('\n')}`;
}

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it is now (dialogs and menus included when
 * open): zero violations, or a failure that lists each one. `name` says which page it was.
 */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = violations.map(describeViolation).join('\n');
  expect(violations.length, `${name}: ${violations.length} accessibility violation(s)\n${report}`).toBe(0);
}

/** Intl's narrow no-break spaces, as plain spaces, for text comparisons. */
export function plain(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * A GraphQL client of its own, for set-up steps that are not the behaviour under test (a manager
 * issuing a password, restoring one). It keeps the session cookie like a browser would.
 */
export class ApiSession {
  private cookie = '';

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data: T | null; errors?: { extensions?: Record<string, unknown> }[] }> {
    const response = await fetch(`${baseURL()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return response.json() as Promise<{ data: T | null; errors?: { extensions?: Record<string, unknown> }[] }>;
  }

  async login(identifier: string, password = DEMO_PASSWORD) {
    return this.request<{ login: { viewer: { mustChangePassword: boolean } } }>(
      'mutation ($identifier: String!, $password: String!) { login(identifier: $identifier, password: $password) { viewer { mustChangePassword } } }',
      { identifier, password },
    );
  }

  async changePassword(currentPassword: string, newPassword: string) {
    return this.request('mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { mustChangePassword } }', { input: { currentPassword, newPassword } });
  }
}

/** As the manager: a new temporary password for the first person whose name matches. */
export async function issueTemporaryPassword(search: string): Promise<string> {
  const manager = new ApiSession();
  await manager.login('GESTIONNAIRE');
  const people = await manager.request<{ people: { nodes: { id: string }[] } }>('query ($search: String) { people(search: $search) { nodes { id } } }', { search });
  const personId = people.data?.people.nodes[0]?.id;
  if (!personId) throw new Error(`Nobody matches ${search}`);
  const grant = await manager.request<{ issueTemporaryPassword: { temporaryPassword: string } }>(
    'mutation ($personId: ID!) { issueTemporaryPassword(personId: $personId) { temporaryPassword } }',
    { personId },
  );
  const password = grant.data?.issueTemporaryPassword.temporaryPassword;
  if (!password) throw new Error(`No temporary password: ${JSON.stringify(grant.errors)}`);
  return password;
}

/**
 * A space menu's link by its full name, wherever the shell shows it: in the bar, or on a phone
 * behind the bar's "Plus" button (opened here when the link is not in the bar). Zero matches
 * after that means the viewer may not see the entry.
 */
export async function menuLink(nav: Locator, name: string | RegExp): Promise<Locator> {
  await nav.waitFor();
  const link = nav.getByRole('link', typeof name === 'string' ? { name, exact: true } : { name }).first();
  const more = nav.getByRole('button', { name: 'Plus', exact: true });
  if ((await link.count()) === 0 && (await more.isVisible()) && (await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  return link;
}
