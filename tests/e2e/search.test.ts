/**
 * Search on the built sample site, in a real browser over `astro preview`: Pagefind's index finds
 * the Sahel briefing by a place only its body names, the actor filter narrows a broad query to
 * JNIM's briefings, a search can be linked to, and without JavaScript the page says so and offers
 * the browse links.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { describeInBrowser } from '../helpers/e2e.ts';
import { SAMPLE_BRIEFING } from '../helpers/site.ts';

const distDir = inject('distDir');
const SAHEL = `/briefings/${SAMPLE_BRIEFING}/`;
const hasSample = existsSync(path.join(distDir, `briefings/${SAMPLE_BRIEFING}.json`));
if (!hasSample) console.warn(`[e2e] search: the build has no ${SAHEL}; the sample-specific searches are skipped.`);

/** Briefings (URL paths) whose JSON export lists an actor by this name. */
function briefingsWithActor(name: string, urls: readonly string[]): string[] {
  return urls.filter((url) => {
    const file = path.join(distDir, `${url.replace(/\/$/, '')}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { actors: { name: string }[] };
    return data.actors.some((actor) => actor.name === name);
  });
}


/**
 * Result pages (not their sub-results) once Pagefind has answered `term`: the message comes first
 * ("5 results for attack"), the results as their fragments load, five at a time behind "Load more".
 */
async function results(page: Page, term: string): Promise<string[]> {
  const message = page.locator('.pagefind-ui__message');
  await expect.poll(() => message.textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^\\d+ results? for ${term}`));
  const total = Number((await message.textContent())!.match(/^(\d+)/)![1]);
  for (;;) {
    const more = page.locator('.pagefind-ui__button', { hasText: /load more/i });
    if (await more.count() === 0) break;
    await more.click();
  }
  // A result's first link is its page; the links after it are sub-results (headings in the page).
  const pages = () => page.locator('.pagefind-ui__result').evaluateAll((items) =>
    items.map((item) => item.querySelector('a')?.href).filter((href) => href !== undefined).map((href) => new URL(href).pathname));
  await expect.poll(async () => (await pages()).length, { timeout: 10_000 }).toBe(total);
  return pages();
}

describeInBrowser('search', (site) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.context({ viewport: { width: 1280, height: 900 } });
  });

  it.runIf(hasSample)('finds the Sahel briefing by a place named in its body (Barsalogho)', async () => {
    const page = await site.open(context, '/search/');
    await page.locator('.pagefind-ui__search-input').fill('Barsalogho');
    expect(await results(page, 'Barsalogho')).toContain(SAHEL);
  });

  it.runIf(hasSample)('narrows a broad query to JNIM\'s briefings with the actor filter', async () => {
    const page = await site.open(context, '/search/');
    await page.locator('.pagefind-ui__search-input').fill('attack');
    const all = await results(page, 'attack');
    expect(all.length, 'a query that several briefings match').toBeGreaterThan(1);
    expect(all).toContain(SAHEL);

    await page.locator('.pagefind-ui__filter-name', { hasText: /^Actor$/i }).click();
    await page.getByLabel(/^JNIM \(\d+\)$/).check();
    await expect.poll(() => page.locator('.pagefind-ui__result').count()).toBeLessThan(all.length);
    const narrowed = await results(page, 'attack');
    expect(narrowed).toContain(SAHEL);
    expect(narrowed.every((url) => all.includes(url))).toBe(true);
    expect(narrowed.sort()).toEqual(briefingsWithActor('JNIM', all).sort());
  });

  it.runIf(hasSample)('runs a linked search: ?q= and a filter in the address', async () => {
    const page = await site.open(context, '/search/?q=Barsalogho&actor=JNIM');
    expect(await results(page, 'Barsalogho')).toEqual([SAHEL]);
    await expect.poll(() => page.locator('.pagefind-ui__search-input').inputValue()).toBe('Barsalogho');
    expect(await page.getByLabel(/^JNIM \(\d+\)$/).isChecked()).toBe(true);
  });

  it('without JavaScript explains why and links the archive and taxonomies', async () => {
    const plain = await site.context({ javaScriptEnabled: false });
    const page = await site.open(plain, '/search/');
    // Playwright's text locators skip <noscript>, so read it as the browser laid it out.
    const note = await page.evaluate(() => {
      const p = document.querySelector('noscript > p');
      return p && { text: p.textContent, visible: p.checkVisibility() };
    });
    expect(note).toEqual({ text: expect.stringContaining('Search runs in your browser and needs JavaScript'), visible: true });
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/briefings/', '/regions/', '/actors/', '/countries/', '/tags/']));
    expect(await page.locator('.pagefind-ui__search-input').count()).toBe(0);
  });
});
