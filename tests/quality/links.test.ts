/**
 * Every internal URL of the built sample site resolves to a file in dist/, and every fragment to
 * an id on its page. The checker itself is tested first on a small made-up build.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { scratch } from '../helpers/build.ts';
import { checkLinks, parseSrcset, type LinkProblem } from '../helpers/links.ts';

function formatProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.where} "${p.url}": ${p.problem}`).join('\n');
}

describe('link checker', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function fakeDist(files: Record<string, string>): string {
    const dir = scratch('links');
    made.push(dir);
    const dist = path.join(dir, 'dist');
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      writeFileSync(path.join(dist, file), text);
    }
    return dist;
  }
  const head = '<link rel="canonical" href="https://example.org/">';

  it('passes a site whose links all resolve', () => {
    const dist = fakeDist({
      'index.html': `${head}<a href="/a/">A</a><a href="/a/#x">x</a><a href="#me" id="me">me</a><img src="/i.png" srcset="/i.png 1x, /i@2x.png 2x"><a href="https://elsewhere.example/">out</a>`,
      'a/index.html': '<h2 id="x">X</h2><a href="../">home</a><meta property="og:image" content="https://example.org/i.png">',
      'i.png': '', 'i@2x.png': '',
      'rss.xml': '<rss><item><link>https://example.org/a/</link></item></rss>',
      'a.css': '@font-face { src: url(/f.woff2) format("woff2"), url("f.woff") }', 'f.woff2': '', 'f.woff': '',
    });
    const report = checkLinks(dist);
    expect(report.problems, formatProblems(report.problems)).toEqual([]);
    expect(report.internal).toBe(12);
    expect(report.external).toBe(1);
  });

  it('reports missing pages, files, slashes, fragments, card and feed URLs, and relative links on the 404 page', () => {
    const dist = fakeDist({
      'index.html': `${head}<a href="/gone/">gone</a><a href="/a">no slash</a><a href="/a/#nope">bad fragment</a><a href="#nope2">bad local fragment</a><img srcset="/i.png 1x, /missing@2x.png 2x"><link rel="alternate" href="/atom.xml"><meta property="og:image" content="https://example.org/cards/none.png">`,
      'a/index.html': '<p>A</p>',
      'i.png': '',
      'rss.xml': '<rss><item><link>https://example.org/b/</link></item></rss>',
      '404.html': '<a href="briefings/">relative</a>',
    });
    const problems = checkLinks(dist).problems.map((p) => `${p.file} ${p.url}`);
    expect(problems.sort()).toEqual([
      '404.html briefings/',
      '404.html briefings/', // and it does not resolve from /404.html either
      'index.html #nope2',
      'index.html /a',
      'index.html /a/#nope',
      'index.html /atom.xml',
      'index.html /gone/',
      'index.html /missing@2x.png',
      'index.html https://example.org/cards/none.png',
      'rss.xml https://example.org/b/',
    ]);
  });

  it('reads srcset candidates with and without descriptors', () => {
    expect(parseSrcset('a.png')).toEqual(['a.png']);
    expect(parseSrcset('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(parseSrcset('/c/a,b.png 640w,/d.png 1280w')).toEqual(['/c/a,b.png', '/d.png']);
  });
});

describe('links of the built site', () => {
  it('every internal link, image, srcset, stylesheet, feed and card URL resolves, with its fragment', () => {
    const report = checkLinks(inject('distDir'));
    console.log(`[links] ${report.files} files, ${report.internal} internal URLs checked, ${report.external} external URLs not fetched`);
    expect(report.files).toBeGreaterThan(0);
    expect(report.problems.map((p) => `${p.file} ${p.url}`), `${report.problems.length} broken internal URL(s):\n${formatProblems(report.problems)}`).toEqual([]);
  });
});
