import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { linearFit, median, predict } from '../../../scripts/bench/stats.ts';
import { parseCardLog, parsePageCount, processTree } from '../../../scripts/bench/run.ts';
import { GZIP_LEVEL, measureMedianBriefing, parseFontFaces, parseUnicodeRange, textCodePoints } from '../../../scripts/bench/weight.ts';

describe('statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('fits a line and extrapolates it', () => {
    const fit = linearFit([[250, 30_000], [1000, 90_000]]);
    expect(fit.slope).toBeCloseTo(80);
    expect(fit.intercept).toBeCloseTo(10_000);
    expect(predict(fit, 5000)).toBeCloseTo(410_000);
    expect(fit.r2).toBeCloseTo(1);
    expect(() => linearFit([[10, 1], [10, 2]])).toThrow(/two or more distinct sizes/);
  });
});

describe('build log parsing', () => {
  it('reads the card summary lines and the page count', () => {
    const output = [
      ' generating static routes ',
      '[sitrep] cards: 3 rendered, 57 from cache (1.4 s, 2 workers)',
      '[sitrep] cards: 0 rendered, 2 from cache (0.0 s)',
      '23:01:12 [build] 61 page(s) built in 19.00s',
    ].join('\n');
    expect(parseCardLog(output)).toEqual({ rendered: 3, cached: 59, seconds: 1.4, workers: 2, lines: 2 });
    expect(parseCardLog('[sitrep] cards: 5 rendered, 0 from cache (0.3 s, in-process)').workers).toBe(0);
    expect(parseCardLog('[sitrep] cards: 412 rendered, 0 from cache (11.8 s, 1 worker; 412 started with the build)')).toEqual({ rendered: 412, cached: 0, seconds: 11.8, workers: 1, lines: 1 });
    expect(parseCardLog('no cards here').lines).toBe(0);
    expect(parsePageCount(output)).toBe(61);
  });

  it('finds a process and its descendants in a parent table', () => {
    const parents = new Map([[10, 1], [11, 10], [12, 11], [13, 1], [14, 10]]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 14]);
  });
});

describe('page weight', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-weight-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses unicode ranges and @font-face rules', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131, U+4??')).toEqual([[0, 0xff], [0x131, 0x131], [0x400, 0x4ff]]);
    expect(parseUnicodeRange(undefined)).toEqual([[0, 0x10ffff]]);
    const faces = parseFontFaces('@font-face{font-family:"Inter";font-weight:600;src:url(/_astro/inter-latin-600.woff2) format("woff2"),url(/_astro/inter-latin-600.woff) format("woff");unicode-range:U+0000-00FF}');
    expect(faces).toEqual([{ family: 'Inter', weight: '600', style: 'normal', url: '/_astro/inter-latin-600.woff2', ranges: [[0, 0xff]] }]);
  });

  it('reads only the visible text of a page', () => {
    const points = textCodePoints('<p>Ab&#x142;</p><script>ж</script><style>.x{content:"я"}</style>');
    expect(points.has('A'.codePointAt(0)!)).toBe(true);
    expect(points.has(0x142)).toBe(true);
    expect(points.has('ж'.codePointAt(0)!)).toBe(false);
  });

  it('weighs the median briefing page with its CSS, the fonts its text needs, and its scripts', () => {
    const write = (rel: string, text: string | Buffer) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    };
    const css = '@font-face{font-family:S;src:url(/_astro/latin.woff2) format("woff2");unicode-range:U+0000-00FF}'
      + '@font-face{font-family:S;src:url(/_astro/cyrillic.woff2) format("woff2");unicode-range:U+0400-04FF}body{font-family:S}';
    write('_astro/site.css', css);
    write('_astro/latin.woff2', Buffer.alloc(1000, 1));
    write('_astro/cyrillic.woff2', Buffer.alloc(3000, 2));
    write('_astro/app.js', 'import "./dep.js";console.log(1)');
    write('_astro/dep.js', 'export const x = 1;');
    const page = (words: string) => `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{"a":1}</script></head><body><p>${words}</p><script type="module" src="/_astro/app.js"></script><script>var y=2</script></body></html>`;
    write('briefings/a/index.html', page('short'));
    write('briefings/b/index.html', page('a little longer text'));
    write('briefings/c/index.html', page('by far the longest text of the three pages'));
    const weight = measureMedianBriefing(dir);
    expect(weight.page).toBe('/briefings/b/');
    expect(weight.pages).toBe(3);
    expect(weight.html.gzipBytes).toBe(gzipSync(page('a little longer text'), { level: GZIP_LEVEL }).length);
    expect(weight.css).toMatchObject({ files: 1, bytes: Buffer.byteLength(css) });
    expect(weight.fonts.loaded).toMatchObject({ files: 1, bytes: 1000, names: ['latin.woff2'] });
    expect(weight.fonts.referenced).toMatchObject({ files: 2, bytes: 4000 });
    // app.js, the dep.js it imports and the inline script; JSON-LD is data, not code.
    expect(weight.js.files).toBe(3);
    expect(weight.totalGzipBytes).toBe(weight.html.gzipBytes + weight.css.gzipBytes + 1000 + weight.js.gzipBytes);
  });
});
