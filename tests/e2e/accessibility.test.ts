/**
 * WCAG 2.2 AA by axe-core on one page of each type, in the light and the dark colour scheme, and
 * the keyboard basics: the skip link comes first and shows, focus is always visible.
 */
import path from 'node:path';
import { beforeAll, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { root } from '../helpers/build.ts';
import { describeInBrowser } from '../helpers/e2e.ts';
import { briefingPages, journeyBriefing, pagesByType } from '../helpers/site.ts';

const AXE = path.join(root, 'node_modules/axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const distDir = inject('distDir');
const pages = [...pagesByType(distDir)];
const briefing = journeyBriefing(distDir);
/** Briefings differ most (tables, charts, maps): each is checked, not only the journey's. */
const otherBriefings = briefingPages(distDir).filter((page) => page !== briefing);

/** Rules whose outcome depends on colour: the only ones the dark scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe on the page as it is now (the script is injected once per page). */
async function axe(page: Page, only: 'wcag' | 'colour' = 'wcag'): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const runOnly = only === 'wcag' ? { type: 'tag', values: WCAG_TAGS } : { type: 'rule', values: COLOUR_RULES };
  // Only violations are reported in full: detailing every pass costs more than the checks.
  const options = { runOnly, resultTypes: ['violations'] };
  return page.evaluate((options) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, options as import('axe-core').RunOptions), options);
}

/** Violations as a reader of a CI log wants them: rule, impact, what to do, and each element. */
function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((node) => `    - ${node.target.join(' ')}\n      ${node.html.replace(/\s+/g, ' ').slice(0, 200)}\n      ${(node.failureSummary ?? '').replace(/\n\s*/g, ' ')}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/** What has focus, and how its focus indicator is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      className: element.className,
      id: element.id,
      text: (element.textContent ?? '').trim().slice(0, 40),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      box: { top: box.top, left: box.left, width: box.width, height: box.height },
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

describeInBrowser('accessibility', (site) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.context();
  });

  it.each([...pages, ...otherBriefings.map((page): [string, string] => ['briefings/*', page])])('%s (%s) has no WCAG 2.2 AA violations (axe), light and dark', async (_type, pagePath) => {
    const page = await site.open(context, pagePath);
    const light = await axe(page);
    // Only colours differ in the dark scheme: rerun the colour rules, not the whole set.
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await axe(page, 'colour');
    await page.close();
    expect.soft(light.violations.map((v) => v.id), `light scheme: ${light.violations.length} violation(s) on ${pagePath}\n${formatViolations(light.violations)}`).toEqual([]);
    expect.soft(dark.violations.map((v) => v.id), `dark scheme: ${dark.violations.length} violation(s) on ${pagePath}\n${formatViolations(dark.violations)}`).toEqual([]);
    expect(light.passes.length).toBeGreaterThan(0);
  });

  it('the first Tab focuses the skip link, which shows and moves focus to the main content', async () => {
    const page = await site.open(context, briefing);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.className).toContain('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    const { box, viewport } = first!;
    expect(box.width * box.height, 'the skip link has a size').toBeGreaterThan(0);
    expect(box.top >= 0 && box.left >= 0 && box.top + box.height <= viewport.height && box.left + box.width <= viewport.width, `the skip link is on screen: ${JSON.stringify(box)}`).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
    expect((await focused(page))?.id).toBe('main');
    // The next Tab continues inside the main content, not back at the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  it('every focused link and control on the briefing shows a focus outline', async () => {
    const page = await site.open(context, briefing);
    const missing: string[] = [];
    let seen = 0;
    // Walk the tab order from the top: header, the briefing's links, citations, sources, pager.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const element = await focused(page);
      if (!element) break;
      seen++;
      const visible = (element.outlineStyle !== 'none' && element.outlineWidth > 0) || element.boxShadow !== 'none';
      if (!visible) missing.push(`${element.tag}.${element.className} "${element.text}" (outline ${element.outlineStyle} ${element.outlineWidth}px)`);
    }
    await page.close();
    expect(seen).toBeGreaterThan(5);
    expect(missing, `focus is invisible on:\n  ${missing.join('\n  ')}`).toEqual([]);
  });
});
