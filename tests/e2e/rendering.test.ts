/**
 * The same pages in the conditions readers bring: JavaScript off, a dark colour scheme, a 320 px
 * phone, and paper. One page of each type, found in dist/ (support/site.ts); each page is loaded
 * once with and once without JavaScript, and the scheme and width are switched in place.
 */
import { beforeAll, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { describeInBrowser } from '../helpers/e2e.ts';
import { briefingPages, CHART_FIGURE, journeyBriefing, pagesByType, shipsJavaScript } from '../helpers/site.ts';

const distDir = inject('distDir');
const pages = [...pagesByType(distDir)];
const briefing = journeyBriefing(distDir);

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Body background and text colours as computed. */
function colours(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color };
  });
}

/** What a reader gets from the page: its text, its links, and charts drawn with no size. */
function reading(page: Page) {
  return page.evaluate((charts) => ({
    text: document.body.innerText,
    h1: document.querySelector('h1')?.textContent?.trim() ?? '',
    links: [...document.querySelectorAll('main a[href]')].filter((a) => a.getClientRects().length > 0).map((a) => a.getAttribute('href')!),
    emptyCharts: [...document.querySelectorAll(charts)].filter((figure) => (figure.querySelector('svg')?.getBoundingClientRect().width ?? 0) === 0).length,
  }), CHART_FIGURE);
}

/** Page width at the current viewport, and the innermost elements sticking out on the right. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
    const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)} px): "${(el.textContent ?? '').trim().slice(0, 60)}"`;
    return { scrollWidth: document.documentElement.scrollWidth, culprits: innermost.slice(0, 10).map(describe) };
  });
}

describeInBrowser('rendering', (site) => {
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;
  beforeAll(async () => {
    [withJs, withoutJs] = await Promise.all([site.context(), site.context({ javaScriptEnabled: false })]);
  });

  it('the briefing ships no JavaScript: it is read as built', () => {
    expect(shipsJavaScript(distDir, briefing)).toBe(false);
  });

  it.each(pages)('%s (%s): all content without JavaScript', async (_type, path) => {
    const [js, noJs] = await Promise.all(
      [withJs, withoutJs].map(async (context) => {
        const page = await site.open(context, path);
        const result = await reading(page);
        await page.close();
        return result;
      }),
    );
    expect(noJs.text.length).toBeGreaterThan(0);
    expect(noJs.emptyCharts, 'charts are drawn without JavaScript').toBe(0);
    if (shipsJavaScript(distDir, path)) {
      // An enhanced page (search) may say what it cannot do, but keeps its title and every link.
      expect(noJs.h1).toBe(js.h1);
      expect(js.links.filter((href) => !noJs.links.includes(href)), 'links that need JavaScript').toEqual([]);
    } else {
      expect(noJs.text).toBe(js.text);
    }
  });

  it.each(pages)('%s (%s): light and dark colour schemes, and a 320 px wide screen', async (_type, path) => {
    const page = await site.open(withJs, path);
    const light = await colours(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 320, height: 640 });
    const { scrollWidth, culprits } = await overflow(page);
    await page.close();

    expect.soft(luminance(light.background), `light background ${light.background}`).toBeGreaterThan(0.8);
    expect.soft(luminance(dark.background), `dark background ${dark.background}`).toBeLessThan(0.05);
    expect.soft(luminance(dark.text), `dark text ${dark.text}`).toBeGreaterThan(0.5);
    expect(scrollWidth, `at 320 px the page is ${scrollWidth} px wide; sticking out:\n  ${culprits.join('\n  ')}`).toBeLessThanOrEqual(320);
  });

  it('every briefing fits a 320 px wide screen', async () => {
    const narrow = await site.context({ viewport: { width: 320, height: 640 } });
    const page = await narrow.newPage();
    const wide: string[] = [];
    for (const path of briefingPages(distDir)) {
      await page.goto(site.url(path));
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const { scrollWidth, culprits } = await overflow(page);
      if (scrollWidth > 320) wide.push(`${path} is ${scrollWidth} px wide; sticking out:\n    ${culprits.join('\n    ')}`);
    }
    await page.close();
    expect(wide, wide.join('\n  ')).toEqual([]);
  });

  it('the briefing in a dark-scheme browser from the first paint', async () => {
    const dark = await site.context({ colorScheme: 'dark' });
    const page = await site.open(dark, briefing);
    const { background } = await colours(page);
    await page.close();
    expect(luminance(background), `dark background ${background}`).toBeLessThan(0.05);
  });

  it('printing the briefing hides the navigation and keeps the content', async () => {
    const page = await site.open(withJs, briefing);
    const chrome = ['.site-header', '.site-footer', '.pager', '.skip-link'];
    for (const selector of chrome) expect(await page.locator(selector).count(), `${selector} is on the page`).toBeGreaterThan(0);
    expect(await page.locator('.site-header').isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    for (const selector of [...chrome, '.toc']) {
      expect(await page.locator(selector).first().isVisible(), `${selector} is hidden in print`).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('#sources-heading').isVisible()).toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(luminance(background), `print background ${background}`).toBeGreaterThan(0.9);
    await page.close();
  });
});
