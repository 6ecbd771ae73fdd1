/**
 * What pages ask of the network: nothing from other hosts, and for a briefing a small budget of
 * HTML, CSS and fonts, no JavaScript, and no layout shift when the web fonts arrive. The numbers
 * are printed on every run.
 */
import { beforeAll, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { describeInBrowser } from '../helpers/e2e.ts';
import { journeyBriefing, pagesByType, shipsJavaScript, UNKNOWN_PATH } from '../helpers/site.ts';

/**
 * Bytes over the wire (compressed, with headers) for the briefing's HTML + CSS + fonts: the
 * performance budget's 60 KB for a first visit (README, Performance).
 */
const BRIEFING_BUDGET = 60 * 1024;
/** Cumulative layout shift allowed while fonts load ("good" is < 0.1; ours should be ≈ 0). */
const CLS_BUDGET = 0.05;
/** How long the font responses are held back in the slow-font run. */
const FONT_DELAY_MS = 600;

const distDir = inject('distDir');
const siteUrl = inject('siteUrl');
const pages = [...pagesByType(distDir)];
const briefing = journeyBriefing(distDir);

/** Transfer per resource, from Resource Timing (same origin, so sizes are exposed). */
function transfers(page: Page) {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return [
      { name: navigation.name, kind: 'html', transfer: navigation.transferSize, body: navigation.decodedBodySize },
      ...resources.map((entry) => {
        const file = new URL(entry.name).pathname;
        const kind = /\.(woff2?|ttf|otf)$/.test(file)
          ? 'font'
          : /\.css$/.test(file)
            ? 'css'
            : entry.initiatorType === 'script' || /\.m?js$/.test(file)
              ? 'script'
              : /\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(file)
                ? 'image'
                : entry.initiatorType;
        return { name: entry.name, kind, transfer: entry.transferSize, body: entry.decodedBodySize };
      }),
    ];
  });
}

/** Sum of layout-shift scores so far (not caused by input). */
function layoutShift(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ cls: number; shifts: string[] }>((resolve) => {
        let cls = 0;
        const shifts: string[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
            if (entry.hadRecentInput) continue;
            cls += entry.value;
            const nodes = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : s.node?.nodeName ?? '?'));
            shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${nodes.join(', ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Two frames after the fonts are in, every shift they caused has been reported.
        document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve({ cls, shifts }), 100))));
      }),
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describeInBrowser('network', (site) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.context();
  });

  it.each(pages)('%s (%s) requests nothing from other hosts, and everything it requests is there', async (_type, path) => {
    const page = await context.newPage();
    const foreign: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== siteUrl) foreign.push(`${request.resourceType()} ${url}`);
    });
    page.on('requestfailed', (request) => {
      // Requests cut short by closing the page are not missing files.
      const error = request.failure()?.errorText ?? '';
      if (!error.includes('ERR_ABORTED')) failed.push(`${request.url()}: ${error}`);
    });
    page.on('response', (response) => {
      // The 404 page itself answers 404 on purpose; nothing it loads may.
      if (response.status() >= 400 && !(path === UNKNOWN_PATH && response.request().isNavigationRequest())) {
        failed.push(`${response.url()}: HTTP ${response.status()}`);
      }
    });
    await page.goto(site.url(path), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Enhanced pages (search) load their scripts after `load`: give them a moment.
    if (shipsJavaScript(distDir, path)) await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
    await page.close();
    expect(foreign, `requests to other hosts from ${path}:\n  ${foreign.join('\n  ')}`).toEqual([]);
    expect(failed, `failed requests from ${path}:\n  ${failed.join('\n  ')}`).toEqual([]);
  });

  it(`the briefing costs under ${kb(BRIEFING_BUDGET)} of HTML, CSS and fonts, and no JavaScript`, async () => {
    // A fresh context: nothing cached, as for a first visit.
    const fresh = await site.context();
    const page = await site.open(fresh, briefing);
    const entries = await transfers(page);
    await page.close();

    const byKind = new Map<string, { count: number; transfer: number; body: number }>();
    for (const entry of entries) {
      const sum = byKind.get(entry.kind) ?? { count: 0, transfer: 0, body: 0 };
      byKind.set(entry.kind, { count: sum.count + 1, transfer: sum.transfer + entry.transfer, body: sum.body + entry.body });
    }
    const reading = ['html', 'css', 'font'].reduce((total, kind) => total + (byKind.get(kind)?.transfer ?? 0), 0);
    console.log(
      `[budget] ${briefing}: ${kb(reading)} transferred for HTML + CSS + fonts (budget ${kb(BRIEFING_BUDGET)})\n` +
        [...byKind].map(([kind, s]) => `  ${kind.padEnd(7)} ${String(s.count).padStart(2)} file(s) ${kb(s.transfer).padStart(9)} transferred, ${kb(s.body).padStart(9)} decoded`).join('\n'),
    );
    expect(entries.every((entry) => entry.transfer > 0), 'every resource came over the network (not from a cache)').toBe(true);
    expect.soft(byKind.get('script'), `scripts loaded: ${entries.filter((e) => e.kind === 'script').map((e) => e.name).join(', ')}`).toBeUndefined();
    expect.soft(reading, 'bytes for HTML + CSS + fonts').toBeLessThan(BRIEFING_BUDGET);
  });

  it.each([
    ['fonts from the server', 0],
    [`fonts held back ${FONT_DELAY_MS} ms`, FONT_DELAY_MS],
  ] as const)('the briefing does not shift when its fonts load (%s)', async (label, delay) => {
    const fresh = await site.context();
    const page = await fresh.newPage();
    if (delay > 0) {
      await page.route(/\.(woff2?|ttf|otf)$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await route.continue();
      });
    }
    await page.goto(site.url(briefing), { waitUntil: 'load' });
    const { cls, shifts } = await layoutShift(page);
    await page.close();
    console.log(`[budget] ${briefing}: cumulative layout shift ${cls.toFixed(4)} with ${label} (budget ${CLS_BUDGET})${shifts.length ? `\n  ${shifts.join('\n  ')}` : ''}`);
    expect(cls).toBeLessThan(CLS_BUDGET);
  });
});
