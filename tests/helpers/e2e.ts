/**
 * The browser side of the e2e suites: connects to the run's one Chromium, opens pages of the
 * preview server, and skips (locally) or fails (CI) when there is no browser.
 */
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { connectChromium, isCI } from './browser.ts';
import './provided.ts';

/** How long a click or a wait may take, and a page load (a busy 2-core CI machine). */
const ACTION_TIMEOUT = 10_000;
const NAVIGATION_TIMEOUT = 30_000;

/** What a browser suite gets: the shared browser and helpers bound to the preview server. */
export interface BrowserSuite {
  /** The connected browser (after `beforeAll`). */
  browser(): Browser;
  /** A new context on the preview server; closed with the suite. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Full URL of a site path. */
  url(path: string): string;
  /** Opens a site path in a new page of `context` and waits for it to load (fonts included). */
  open(context: BrowserContext, path: string): Promise<Page>;
}

/**
 * `describe` for tests that need Chromium. Without one, the suite is skipped with the reason,
 * except on CI, where it fails: a green CI run must have driven a browser.
 */
export function describeInBrowser(name: string, body: (suite: BrowserSuite) => void): void {
  const endpoint = inject('browserEndpoint');
  const missing = inject('chromiumMissing');
  if (!endpoint) {
    if (isCI()) {
      describe(name, () => {
        it('has a browser to run in', () => {
          throw new Error(missing);
        });
      });
    } else {
      console.warn(`[e2e] ${name}: skipped. ${missing}`);
      describe.skip(name, () => body(unavailable()));
    }
    return;
  }

  const siteUrl = inject('siteUrl');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const suite: BrowserSuite = {
    browser: () => {
      if (!browser) throw new Error('The browser is not connected yet: use it inside tests or hooks.');
      return browser;
    },
    async context(options = {}) {
      const context = await suite.browser().newContext({ baseURL: siteUrl, ...options });
      // A missing element fails in seconds, not at the test's timeout: everything is local.
      context.setDefaultTimeout(ACTION_TIMEOUT);
      context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT);
      contexts.push(context);
      return context;
    },
    url: (path) => new URL(path, `${siteUrl}/`).href,
    async open(context, path) {
      const page = await context.newPage();
      await page.goto(suite.url(path), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return page;
    },
  };

  describe(name, () => {
    beforeAll(async () => {
      browser = await connectChromium(endpoint);
    });
    afterAll(async () => {
      await Promise.all(contexts.map((context) => context.close()));
      await browser?.close();
    });
    body(suite);
  });
}

function unavailable(): BrowserSuite {
  const fail = () => {
    throw new Error(inject('chromiumMissing'));
  };
  return { browser: fail, context: fail, url: fail, open: fail };
}
