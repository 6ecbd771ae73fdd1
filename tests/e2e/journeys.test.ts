/**
 * What a reader does: from the home page into a briefing, along the pager and back, out to its
 * regions, actors, countries and tags and back, from a citation to its source and back; charts
 * show; an unknown address shows the 404 page.
 */
import { beforeAll, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { describeInBrowser } from '../helpers/e2e.ts';
import { CHART_FIGURE, journeyBriefing, readPage, SAMPLE_BRIEFING, SAMPLE_NEIGHBOURS, UNKNOWN_PATH } from '../helpers/site.ts';

const distDir = inject('distDir');
const briefing = journeyBriefing(distDir);
const isSample = briefing === `/briefings/${SAMPLE_BRIEFING}/`;
const built = readPage(distDir, briefing);
const chartCount = built.querySelectorAll(CHART_FIGURE).length;

/** The page's h1, as a reader sees it. */
async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().innerText()).trim();
}

/** Clicks a link and waits for the page it leads to. */
async function follow(page: Page, selector: string): Promise<string> {
  const link = page.locator(selector).first();
  const href = await link.getAttribute('href');
  expect(href, `${selector} on ${page.url()}`).toBeTruthy();
  const target = new URL(href!, page.url()).href;
  await Promise.all([page.waitForURL(target), link.click()]);
  return target;
}

/** The id of the `:target` element and whether it is on screen. */
function target(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector(':target');
    if (!element) return { id: null, tag: null, onScreen: false };
    const box = element.getBoundingClientRect();
    return { id: element.id, tag: element.tagName.toLowerCase(), onScreen: box.bottom > 0 && box.top < innerHeight };
  });
}

describeInBrowser('reader journeys', (site) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.context();
  });

  it('home → a briefing → Previous → Next, and Next → Previous, round trip with titles and URLs', async () => {
    const page = await site.open(context, '/');
    // The home page lists the latest briefings; an older one is reached through the archive.
    if ((await page.locator(`main a[href="${briefing}"]`).count()) === 0) await follow(page, '.site-nav a[href="/briefings/"]');
    await follow(page, `main a[href="${briefing}"]`);
    expect(page.url()).toBe(site.url(briefing));
    const title = await heading(page);
    expect(await page.title()).toContain(title);

    for (const [away, back] of [['prev', 'next'], ['next', 'prev']] as const) {
      const pagerLink = page.locator(`.pager a[rel=${away}]`);
      if ((await pagerLink.count()) === 0) continue;
      const shown = (await pagerLink.locator('.title').innerText()).trim();
      const neighbour = await follow(page, `.pager a[rel=${away}]`);
      expect(await heading(page), `the ${away} link's title is the page's title`).toBe(shown);
      expect(await page.title()).toContain(shown);
      if (isSample) {
        const expected = away === 'prev' ? SAMPLE_NEIGHBOURS.previous : SAMPLE_NEIGHBOURS.next;
        expect(shown.slice(0, expected.length), `the sample's ${away} briefing`).toBe(expected);
      }

      // And the neighbour's pager leads straight back.
      const returnTitle = (await page.locator(`.pager a[rel=${back}] .title`).innerText()).trim();
      expect(returnTitle).toBe(title);
      await follow(page, `.pager a[rel=${back}]`);
      expect(page.url()).toBe(site.url(briefing));
      expect(await heading(page)).toBe(title);
      expect(neighbour).not.toBe(site.url(briefing));
    }
    // The journey must have walked at least one way: a briefing between two others walks both.
    const walked = await page.locator('.pager a[rel=prev], .pager a[rel=next]').count();
    expect(walked).toBeGreaterThan(isSample ? 1 : 0);
    await page.close();
  });

  it('taxonomy pages (regions, countries, actors, tags, authors) list the briefing, and their indexes list them', async () => {
    const page = await site.open(context, briefing);
    const title = await heading(page);
    const terms = (
      await page.locator('.briefing-header a').evaluateAll((links) =>
        links.map((link) => ({ href: link.getAttribute('href')!, name: (link.textContent ?? '').trim() })),
      )
    ).filter((term) => /^\/(regions|countries|actors|tags|authors)\/[^/]+\/$/.test(term.href));
    const kinds = new Set(terms.map((term) => term.href.split('/')[1]));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['regions', 'tags']));
    if (isSample) expect([...kinds].sort()).toEqual(expect.arrayContaining(['actors', 'authors', 'countries', 'regions', 'tags']));

    for (const term of terms) {
      await page.goto(site.url(term.href));
      expect(await heading(page), `${term.href} is titled by its term`).toBe(term.name);
      expect(await page.locator(`main a[href="${briefing}"]`).count(), `${term.href} lists ${briefing}`).toBeGreaterThan(0);
    }
    // Each kind's index (/regions/, /tags/…; authors have none) lists the briefing's terms.
    for (const kind of kinds) {
      const index = `/${kind}/`;
      const response = await page.goto(site.url(index));
      if (response?.status() !== 200) continue;
      const listed = new Set(await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
      const missing = terms.filter((term) => term.href.startsWith(index) && !listed.has(term.href)).map((term) => term.href);
      expect(missing, `${index} lists every term of the briefing`).toEqual([]);
    }
    // And back from the last term page to the briefing by clicking.
    await page.goto(site.url(terms.at(-1)!.href));
    await follow(page, `main a[href="${briefing}"]`);
    expect(await heading(page)).toBe(title);
    await page.close();
  });

  it('a citation jumps to its source, and the source’s back-link returns to the citation', async () => {
    const page = await site.open(context, briefing);
    const citations = page.locator('sup.citation a');
    expect(await citations.count(), 'the journey briefing cites its sources').toBeGreaterThan(0);
    // The first citation on the page and the last: each source's back-link must find its own mark.
    for (const citation of [citations.first(), citations.last()]) {
      const citationId = await citation.getAttribute('id');
      const href = await citation.getAttribute('href');
      expect(citationId).toMatch(/^cite-/);
      expect(href).toMatch(/^#source-/);
      await citation.click();
      await page.waitForFunction((hash) => location.hash === hash, href);
      expect(await target(page)).toEqual({ id: href!.slice(1), tag: 'li', onScreen: true });

      await page.locator(`[id="${href!.slice(1)}"] .backlinks a[href="#${citationId}"]`).click();
      await page.waitForFunction((hash) => location.hash === hash, `#${citationId}`);
      expect(await target(page)).toEqual({ id: citationId, tag: 'a', onScreen: true });
    }
    await page.close();
  });

  it.runIf(chartCount > 0)(`charts on the briefing are drawn with a size, labelled, with their data (${chartCount} figures)`, async () => {
    const page = await site.open(context, briefing);
    const charts = page.locator(CHART_FIGURE);
    expect(await charts.count()).toBe(chartCount);
    for (let i = 0; i < chartCount; i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      const svg = chart.locator('svg[role=img]').first();
      expect(await svg.isVisible(), `chart ${i + 1} has a visible svg[role=img]`).toBe(true);
      const box = await svg.boundingBox();
      expect(box!.width, `chart ${i + 1} width`).toBeGreaterThan(50);
      expect(box!.height, `chart ${i + 1} height`).toBeGreaterThan(50);
      const label = (await svg.getAttribute('aria-label')) || (await svg.getAttribute('aria-labelledby')) || (await svg.locator('title').count());
      expect(label, `chart ${i + 1} is labelled`).toBeTruthy();
      expect(await chart.locator('details table').count(), `chart ${i + 1} has its data table`).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('an unknown address answers 404 with the 404 page, whose links lead back in', async () => {
    const page = await context.newPage();
    const response = await page.goto(site.url(UNKNOWN_PATH));
    expect(response?.status()).toBe(404);
    const expected = readPage(distDir, '/404.html').querySelector('h1')!.text.trim();
    expect(await heading(page)).toBe(expected);
    const firstLink = page.locator('main a').first();
    const href = await firstLink.getAttribute('href');
    const [next] = await Promise.all([page.waitForEvent('response', (r) => r.request().isNavigationRequest()), firstLink.click()]);
    expect(next.status(), `${href} from the 404 page`).toBe(200);
    await page.close();
  });
});
