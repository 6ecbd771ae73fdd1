/**
 * Stored XSS through the search page (issue 14, probe 1): an actor's and a region's YAML `name`
 * carry markup and script. Built for real, served on loopback and opened in Chromium, the search
 * page with a query and a filter from its address must show those names as text, create no
 * element from them and run none of their handlers.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent, type BuildResult } from '../helpers/build.ts';
import { findChromium, isCI, launchChromium } from '../helpers/browser.ts';

const ACTOR = '<img src=x onerror="window.__xss=(window.__xss||0)+1">Red & "Group"';
const REGION = '<svg onload="window.__xss=(window.__xss||0)+1"></svg><b>Testland</b>';

const chromium = findChromium();
if (!chromium.found && isCI()) throw new Error(chromium.message);

let build: BuildResult;
let server: Server;
let origin: string;
let browser: Browser | undefined;

/** Serves the built site as a static host would. */
function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const s = createServer((request, response) => {
    let file = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

beforeAll(async () => {
  const content = copyContent('tests/fixtures/sites/basic/content');
  writeFileSync(path.join(content, 'actors/red-group.yaml'), `name: ${JSON.stringify(ACTOR)}\nkind: non-state-armed-group\n`);
  writeFileSync(path.join(content, 'regions/testland.yaml'), `name: ${JSON.stringify(REGION)}\n`);
  build = await buildSite({ content, env: { SITREP_NOW: '2025-03-01T00:00:00Z' } });
  expect(build.code, build.output).toBe(0);
  server = await serve(build.outDir);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (chromium.found) browser = await launchChromium(chromium.executablePath);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe.runIf(chromium.found)('the search page with hostile names', () => {
  it('shows the names as text in the filters, creates no element from them and runs none of their handlers', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const query = new URLSearchParams({ q: 'briefing', actor: ACTOR });
    await page.goto(`${origin}/search/?${query}`);
    // The filter groups appear once Pagefind has loaded its filter index; open them all.
    await expect.poll(() => page.locator('.pagefind-ui__filter-label').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.locator('.pagefind-ui__filter-name').evaluateAll((names) => names.forEach((n) => (n as HTMLElement).click()));
    await expect.poll(() => page.locator('.pagefind-ui__message').textContent(), { timeout: 15_000 }).toMatch(/results? for briefing/);

    const labels = await page.locator('.pagefind-ui__filter-label').allTextContents();
    expect(labels.some((label) => label.startsWith(ACTOR))).toBe(true);
    expect(labels.some((label) => label.startsWith(REGION))).toBe(true);
    // The filter from the address matched the stored (escaped) value: the actor's box is ticked.
    expect(await page.locator('.pagefind-ui__filter-value--checked .pagefind-ui__filter-label').allTextContents()).toEqual([expect.stringContaining(ACTOR)]);
    expect(await page.locator('.pagefind-ui__filters img, .pagefind-ui__filters svg, .pagefind-ui__filters b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same names as text on the briefing page', async () => {
    const page = await browser!.newPage();
    await page.goto(`${origin}/briefings/alpha/`);
    expect(await page.locator('.briefing-header a', { hasText: 'Red &' }).textContent()).toBe(ACTOR);
    expect(await page.locator('.briefing-header img, .briefing-header svg, .briefing-header b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });
});
