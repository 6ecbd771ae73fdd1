/**
 * The feed sanitiser against hostile body HTML (issue 14, probe 5): the two raw-text bypasses of
 * the old hand-written filter, `<base href>`, and published XSS vectors (most from the OWASP XSS
 * filter evasion cheat sheet and the mutation-XSS literature). Each vector calls `x()`, which
 * counts executions. The sanitised HTML is checked as text, then in Chromium's parsed DOM twice:
 * as a page (`setContent`) and inserted with `innerHTML`, as a web feed reader does. A control
 * run of the raw vectors shows the harness does see execution.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFeedHtml } from '../../../src/model/feeds/html.ts';
import { findChromium, isCI, launchChromium } from '../../helpers/browser.ts';

const pageUrl = 'https://briefings.example.org/briefings/bravo/';
const prepare = (html: string) => prepareFeedHtml(html, { pageUrl });

/** The probes of issue 14 and published vectors, each meant to run `x()`. */
const VECTORS: readonly string[] = [
  // Issue 14, probe 5.
  '<noembed><img title="</noembed><img src=x onerror=x()>"></noembed>',
  '<noframes><img title="</noframes><img src=x onerror=x()>"></noframes>',
  '<base href="javascript:x()//"><a href="/regions/sahel/">Sahel</a>',
  // OWASP XSS filter evasion cheat sheet and friends.
  '<script>x()</script>',
  '<SCRIPT SRC=data:text/javascript,x()></SCRIPT>',
  '<img src=x onerror=x()>',
  '<IMG SRC=# onmouseover="x()" onerror="x()">',
  '<img src=x onerror="&#0000120&#0000040&#0000041">',
  '<svg onload=x()>',
  '<svg><script>x()</script></svg>',
  '<svg><animate onbegin=x() attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:x()"><text x="20" y="20">XSS</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=x()>',
  '<math><mi><mglyph><svg><mtext><textarea><a title="</textarea><img src=x onerror=x()>">',
  '<noscript><p title="</noscript><img src=x onerror=x()>">',
  '<xmp><img title="</xmp><img src=x onerror=x()>"></xmp>',
  '<iframe src="javascript:parent.x()"></iframe>',
  '<iframe srcdoc="<script>parent.x()</script>"></iframe>',
  '<object data="javascript:parent.x()"></object>',
  '<embed src="data:text/html,<script>parent.x()</script>">',
  '<body onload=x()>',
  '<details open ontoggle=x()><summary>s</summary></details>',
  '<input autofocus onfocus=x()>',
  '<video><source onerror=x()></video>',
  '<audio src=x onerror=x()></audio>',
  '<style>@import "javascript:x()";</style><p style="background:url(javascript:x())">p</p>',
  '<meta http-equiv="refresh" content="0;url=javascript:x()">',
  '<form><button formaction="javascript:x()">go</button></form>',
  '<img """><script>x()</script>">',
  '<<script>x();//<</script>',
  '<!--<img src="--><img src=x onerror=x()//">',
  '<a href="javascript:x()">a</a>',
  '<a href="JaVaScRiPt:x()">a</a>',
  '<a href="jav&#x09;ascript:x()">a</a>',
  '<a href="jav&#x0A;ascript:x()">a</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;x()">a</a>',
  '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;x()">a</a>',
  '<a href=" &#14;  javascript:x()">a</a>',
  '<a href="vbscript:x()">a</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQueCgpPC9zY3JpcHQ+">a</a>',
  '<img src="javascript:x()">',
  '<img src="data:image/svg+xml,<svg onload=x()>">',
  '<img srcset="javascript:x() 1x">',
  '<div style="width:expression(x())">d</div>',
  '<template><img src=x onerror=x()></template>',
  '<select><option><img src=x onerror=x()></option></select>',
  '<p><a href="/x" onclick="x()" id="go">click</a></p>',
  '<table><caption><svg><style><img src=x onerror=x()></style></svg></caption></table>',
];

/** Defines `x()`, which counts executions; a script of the harness, not of the content. */
const HARNESS = '<script id="harness">window.__xss = 0; window.x = () => { window.__xss += 1; };</script>';

/** What the parsed DOM holds that could run code, besides the harness. */
async function dangers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      if (el.id === 'harness') continue;
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'base', 'style', 'meta', 'link', 'form', 'svg', 'math', 'noembed', 'noframes', 'xmp', 'template'].includes(tag)) found.push(`<${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on') || name === 'style' || name === 'formaction' || name === 'srcdoc') found.push(`${tag}[${name}]`);
        if (['href', 'src', 'xlink:href', 'action', 'cite', 'data'].includes(name)) {
          let scheme = 'invalid';
          try {
            scheme = new URL(attr.value).protocol;
          } catch { /* a relative URL: the sanitiser makes every URL absolute */ }
          if (!['http:', 'https:', 'mailto:'].includes(scheme)) found.push(`${tag}[${name}=${attr.value}]`);
        }
        if (name === 'srcset' && /(?:javascript|data|vbscript):/i.test(attr.value)) found.push(`${tag}[srcset]`);
      }
    }
    return found;
  });
}

describe('the feed sanitiser as text', () => {
  it.each(VECTORS)('%s', (vector) => {
    const out = prepare(vector);
    expect(out).not.toMatch(/<(?:script|iframe|object|embed|base|style|meta|form|svg|math|noembed|noframes|xmp|template)\b/i);
    expect(out).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(out).not.toMatch(/(?:href|src|srcset)="\s*(?:javascript|data|vbscript):/i);
  });

  it('keeps the content around a bypass as text, and a link made absolute despite <base>', () => {
    expect(prepare('<base href="https://evil.example/"><p><a href="/regions/sahel/">Sahel</a></p>'))
      .toBe('<p><a href="https://briefings.example.org/regions/sahel/">Sahel</a></p>');
    expect(prepare('<noembed><img title="</noembed><img src=x onerror=x()>"></noembed><p>After</p>')).toContain('<p>After</p>');
  });
});

const chromium = findChromium();
if (!chromium.found && isCI()) throw new Error(chromium.message);

let browser: Browser | undefined;
beforeAll(async () => {
  if (chromium.found) browser = await launchChromium(chromium.executablePath);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** A page that cannot reach the network: every request fails at once, so `onerror` handlers fire. */
async function offlinePage(): Promise<Page> {
  const page = await browser!.newPage();
  await page.route('**/*', (route) => route.abort());
  return page;
}

/** Loads `html` as a page, lets events fire, and returns the execution count. */
async function asPage(page: Page, html: string): Promise<number> {
  await page.setContent(`<!doctype html><html><head>${HARNESS}</head><body>${html}</body></html>`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __xss: number }).__xss);
}

describe.runIf(chromium.found)('the feed sanitiser in Chromium', () => {
  it('the harness sees the raw vectors run (control)', async () => {
    const page = await offlinePage();
    expect(await asPage(page, VECTORS.join('\n'))).toBeGreaterThan(5);
    await page.close();
  });

  it(`runs none of ${VECTORS.length} vectors as a page, and leaves nothing that could run`, async () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(20);
    const page = await offlinePage();
    const html = VECTORS.map(prepare).join('\n');
    expect(await asPage(page, html)).toBe(0);
    expect(await dangers(page)).toEqual([]);
    // Links that were made safe are still followable, and point at the site or nowhere.
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/briefings\.example\.org\//);
    await page.close();
  });

  it('runs none of them inserted with innerHTML, as a web feed reader shows an item', async () => {
    const page = await offlinePage();
    await page.setContent(`<!doctype html><html><head>${HARNESS}</head><body><article id="item"></article></body></html>`);
    for (const vector of VECTORS) {
      await page.evaluate((html) => {
        document.getElementById('item')!.insertAdjacentHTML('beforeend', html);
      }, prepare(vector));
    }
    // Clicking every link and toggling every details element is what a reader does.
    await page.evaluate(() => {
      for (const a of Array.from(document.querySelectorAll('a'))) a.addEventListener('click', (event) => event.preventDefault());
      for (const el of Array.from(document.querySelectorAll('#item *'))) (el as HTMLElement).click?.();
      for (const d of Array.from(document.querySelectorAll('details'))) d.open = !d.open;
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
    expect(await dangers(page)).toEqual([]);
    await page.close();
  });
});
