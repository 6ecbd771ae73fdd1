import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { CHART_LINK_TEXT, absoluteUrl, prepareFeedHtml } from '../../../src/model/feeds/html.ts';

const pageUrl = 'https://briefings.example.org/briefings/bravo/';
const prepare = (html: string) => prepareFeedHtml(html, { pageUrl });

describe('absoluteUrl', () => {
  it('resolves relative paths and fragments against the page', () => {
    expect(absoluteUrl('/regions/sahel/', pageUrl)).toBe('https://briefings.example.org/regions/sahel/');
    expect(absoluteUrl('../alpha/', pageUrl)).toBe('https://briefings.example.org/briefings/alpha/');
    expect(absoluteUrl('#source-a', pageUrl)).toBe('https://briefings.example.org/briefings/bravo/#source-a');
  });

  it('keeps absolute web and mailto links, and refuses other schemes', () => {
    expect(absoluteUrl('https://example.org/a?b=1', pageUrl)).toBe('https://example.org/a?b=1');
    expect(absoluteUrl('mailto:desk@example.org', pageUrl)).toBe('mailto:desk@example.org');
    expect(absoluteUrl('javascript:alert(1)', pageUrl)).toBeUndefined();
    expect(absoluteUrl(' JavaScript:alert(1)', pageUrl)).toBeUndefined();
    expect(absoluteUrl('data:image/png;base64,AAAA', pageUrl)).toBeUndefined();
  });
});

describe('prepareFeedHtml', () => {
  it('makes every href and src absolute, fragments included', () => {
    const out = parse(prepare(
      '<p><a href="#source-src-a">1</a> <a href="/actors/jnim/">JNIM</a> <img src="/_astro/map.png" srcset="/_astro/map.png 1x, /_astro/map@2x.png 2x" alt="Map"></p>',
    ));
    expect(out.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      'https://briefings.example.org/briefings/bravo/#source-src-a',
      'https://briefings.example.org/actors/jnim/',
    ]);
    const img = out.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://briefings.example.org/_astro/map.png');
    expect(img.getAttribute('srcset')).toBe('https://briefings.example.org/_astro/map.png 1x, https://briefings.example.org/_astro/map@2x.png 2x');
    expect(img.getAttribute('alt')).toBe('Map');
  });

  it('removes scripts, styles, event handlers, style/class/data attributes and unsafe links', () => {
    const out = prepare(
      '<style>p{color:red}</style><script>alert(1)</script><p class="x" style="color:red" data-astro-cid-abc onclick="go()" id="keep">Text <a href="javascript:alert(1)">bad</a></p><noscript>no</noscript>',
    );
    expect(out).toBe('<p id="keep">Text <a>bad</a></p>');
  });

  it('replaces a chart drawing with a link to the chart and keeps its caption and data table', () => {
    const out = parse(prepare(
      '<figure class="chart" id="chart-1"><figcaption>Attacks by month</figcaption><svg viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'
      + '<details><summary>Data</summary><table><tr><th>Month</th><td>3</td></tr></table></details></figure>',
    ));
    expect(out.querySelector('svg')).toBeNull();
    const link = out.querySelector('figure a')!;
    expect(link.text).toBe(CHART_LINK_TEXT);
    expect(link.getAttribute('href')).toBe(`${pageUrl}#chart-1`);
    expect(out.querySelector('figcaption')?.text).toBe('Attacks by month');
    expect(out.querySelector('figure table')?.text).toContain('Month');
    // The link comes right after the caption.
    expect(out.querySelector('figcaption')!.nextElementSibling?.tagName).toBe('P');
  });

  it('links a chart without an id to the page', () => {
    const out = parse(prepare('<figure class="chart"><svg></svg><table><tr><td>1</td></tr></table></figure>'));
    expect(out.querySelector('figure a')?.getAttribute('href')).toBe(pageUrl);
  });

  it('turns the likelihood bar into a separator and drops the legend and hidden decoration', () => {
    const out = parse(prepare(
      '<p class="estimate"><span>Likelihood: <strong>likely</strong> (55–80 %)</span><span class="likelihood-bar" aria-hidden="true"><span style="left:55%"></span></span><span>Confidence: <strong>moderate</strong></span></p>'
      + '<details class="legend"><summary>How to read these judgements</summary></details><span aria-hidden="true">↗</span><svg><path d=""/></svg>',
    ));
    expect(out.text).toBe('Likelihood: likely (55–80 %) · Confidence: moderate');
  });

  it('keeps the whitespace of code blocks but not their inline colours', () => {
    const shiki = '<pre class="astro-code" style="background-color:#24292e" tabindex="0" data-language="sh"><code><span class="line"><span style="color:#F97583">npm</span>  run\n  build</span></code></pre>';
    expect(prepare(shiki)).toBe('<pre><code><span><span>npm</span>  run\n  build</span></code></pre>');
  });
});

describe('prepareFeedHtml keeps what the briefing components write', () => {
  it('keeps sections, headings, footnotes, tables, times and abbreviations with their attributes', () => {
    const html = '<section aria-labelledby="intel-heading"><h2 id="intel-heading">Key intel</h2><ol><li id="fn-1">Finding<sup><a href="#source-a" id="ref-1" aria-label="Source 1">1</a></sup></li></ol>'
      + '<table><caption>Events</caption><thead><tr><th scope="col">Date</th></tr></thead><tbody><tr><td><time datetime="2024-09-17">17 Sep 2024</time></td></tr></tbody></table>'
      + '<p><abbr title="Jama‘at Nusrat al-Islam wal-Muslimin">JNIM</abbr> &amp; <em>FAMa</em></p></section>';
    expect(prepare(html)).toBe(html.replace('href="#source-a"', `href="${pageUrl}#source-a"`));
  });

  it('drops <base>, SVG outside charts, and links whose scheme is not http(s) or mailto, keeping their text', () => {
    expect(prepare('<base href="https://evil.example/"><p><a href="data:text/html,x">d</a> <a href="vbscript:x">v</a> <a href="mailto:desk@example.org">m</a><svg><title>icon</title></svg></p>'))
      .toBe('<p><a>d</a> <a>v</a> <a href="mailto:desk@example.org">m</a></p>');
  });
});
