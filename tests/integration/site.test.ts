/**
 * Builds the fixture publication with `astro build` and reads the HTML a reader would get.
 */
import { readFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildSite, copyContent, type BuildResult } from '../helpers/build.ts';

const FIXTURE = 'tests/fixtures/sites/basic/content';
let build: BuildResult;

function page(route: string): HTMLElement {
  const file = path.join(build.outDir, route, 'index.html');
  return parse(readFileSync(file, 'utf8'));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name));
}

beforeAll(async () => {
  build = await buildSite({ content: FIXTURE, env: { SITREP_NOW: '2026-01-01T00:00:00Z' } });
  expect(build.code, build.output).toBe(0);
});

describe('the built briefing page', () => {
  it('has every section of the house structure', () => {
    const doc = page('briefings/bravo');
    expect(doc.querySelector('h1')?.text).toBe('Bravo briefing: the full house structure');
    expect(doc.querySelector('.dek')?.text).toBe('The fixture with every section filled in.');
    const headings = doc.querySelectorAll('h2').map((h) => h.text.trim());
    expect(headings).toEqual(expect.arrayContaining([
      'Bottom line up front', 'Key intel', 'Contents', 'Overview', 'Intel', 'Historical Context',
      'Strategic Impact', 'Final Thoughts', 'Key events', 'Key judgements', 'Sources', 'Corrections',
    ]));
    const meta = doc.querySelector('.briefing-header .meta')!.text;
    for (const text of ['10 February 2024', '12 February 2024', '9 February 2024', 'Fixture Desk', 'Testland', 'Mali', 'Burkina Faso', 'Red Group', 'insurgency', 'min read']) {
      expect(meta).toContain(text);
    }
  });

  it('shows each judgement with its ICD 203 term, band and confidence, and the legend', () => {
    const doc = page('briefings/bravo');
    const judgements = doc.querySelectorAll('.judgement').map((j) => j.text.replace(/\s+/g, ' '));
    expect(judgements[0]).toMatch(/Likelihood: very likely \(80–95 %\).*Confidence: moderate/);
    expect(judgements[1]).toMatch(/Likelihood: very unlikely \(5–20 %\).*Confidence: low/);
    expect(doc.querySelector('.legend')?.text).toContain('roughly even chance');
  });

  it('renders citations as numbered links to the Sources list, with back-links', () => {
    const doc = page('briefings/bravo');
    const cites = doc.querySelectorAll('.briefing-body sup.citation a');
    expect(cites.map((a) => [a.text, a.getAttribute('href'), a.id])).toEqual([
      ['1', '#source-src-a', 'cite-src-a-1'],
      ['1', '#source-src-a', 'cite-src-a-2'],
      ['2', '#source-src-b', 'cite-src-b-1'],
      ['1', '#source-src-a', 'cite-src-a-3'],
    ]);
    const sources = doc.querySelectorAll('ol.sources > li');
    expect(sources.map((li) => li.id)).toEqual(['source-src-a', 'source-src-b', 'source-src-uncited']);
    const backs = sources[0]!.querySelectorAll('.backlinks a').map((a) => a.getAttribute('href'));
    expect(backs).toContain('#cite-src-a-3');
    for (const href of backs) expect(doc.getElementById(href!.slice(1)), href).not.toBeNull();
    expect(sources[0]!.text).toMatch(/Example Wire.*16 January 2024.*Reliability B.*usually reliable.*Archived copy/s);
    expect(doc.querySelector('section.footnotes')?.text).toContain('Ordinary footnotes still work.');
  });

  it('lists the events by date with precision, place and fatalities', () => {
    const items = page('briefings/bravo').querySelectorAll('ol.events > li').map((li) => li.text.replace(/\s+/g, ' ').trim());
    expect(items[0]).toMatch(/^June 2023\s*Raid near Gao.*Gao, Mali · Fatalities: 3/);
    expect(items[1]).toMatch(/^15 January 2024\s*Attack on Bamako.*Fatalities: 10–12/);
  });

  it('links Previous (older) and Next (newer) by title, absent at the ends', () => {
    const pager = (slug: string) => page(`briefings/${slug}`).querySelectorAll('.pager a').map((a) => [a.getAttribute('rel'), a.getAttribute('href'), a.querySelector('.title')?.text]);
    expect(pager('bravo')).toEqual([
      ['prev', '/briefings/alpha/', 'Alpha briefing'],
      ['next', '/briefings/charlie/', 'Charlie briefing'],
    ]);
    expect(pager('alpha')).toEqual([['next', '/briefings/bravo/', 'Bravo briefing: the full house structure']]);
    expect(pager('charlie')).toEqual([['prev', '/briefings/bravo/', 'Bravo briefing: the full house structure']]);
    const head = page('briefings/bravo').querySelector('head')!;
    expect(head.querySelector('link[rel=prev]')?.getAttribute('href')).toBe('/briefings/alpha/');
    expect(head.querySelector('link[rel=next]')?.getAttribute('href')).toBe('/briefings/charlie/');
  });

  it('shows corrections', () => {
    expect(page('briefings/bravo').querySelector('.corrections')?.text).toContain('wrong date for the Gao raid');
  });
});

describe('the built site', () => {
  it('leaves drafts and future-dated briefings out everywhere', () => {
    expect(existsSync(path.join(build.outDir, 'briefings/delta-draft'))).toBe(false);
    expect(existsSync(path.join(build.outDir, 'briefings/echo-scheduled'))).toBe(false);
    for (const file of htmlFiles(build.outDir)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toContain('Delta draft');
      expect(html, file).not.toContain('Echo scheduled');
    }
  });

  it('needs no script for any content', () => {
    for (const file of htmlFiles(build.outDir).filter((f) => !f.includes(`${path.sep}search${path.sep}`))) {
      expect(parse(readFileSync(file, 'utf8')).querySelectorAll('script:not([type="application/ld+json"])'), file).toHaveLength(0);
    }
  });

  it('has a home page with the latest briefings, newest first', () => {
    const titles = page('').querySelectorAll('.card-list h3 a').map((a) => a.text);
    expect(titles).toEqual(['Charlie briefing', 'Bravo briefing: the full house structure', 'Alpha briefing']);
    expect(page('').querySelector('.card-list p:last-child')?.text).toContain('Charlie overview');
  });

  it('groups the archive by year', () => {
    expect(page('briefings').querySelectorAll('h2').map((h) => h.text)).toEqual(['2024']);
  });

  it('has a page per region, actor, country, tag and author listing its briefings', () => {
    const listed = (route: string) => page(route).querySelectorAll('.card-list a').map((a) => a.getAttribute('href'));
    expect(listed('regions/testland')).toEqual(['/briefings/bravo/', '/briefings/alpha/']);
    expect(listed('regions/farland')).toEqual(['/briefings/charlie/']);
    expect(listed('actors/red-group')).toHaveLength(3);
    expect(page('actors/red-group').text).toContain('Also known as: RG');
    expect(listed('countries/bf')).toEqual(['/briefings/bravo/']);
    expect(page('countries/bf').querySelector('h1')?.text).toBe('Burkina Faso');
    expect(listed('tags/insurgency')).toEqual(['/briefings/bravo/']);
    expect(listed('authors/desk')).toHaveLength(3);
  });

  it('renders the about page from MDX and a 404 page', () => {
    expect(page('about').querySelector('h1')?.text).toBe('About the fixture');
    expect(readFileSync(path.join(build.outDir, '404.html'), 'utf8')).toContain('Page not found');
  });

  it('warns about the uncited source, with file and line', () => {
    // As `sitrep check` prints it: the same rule name, line and hint.
    expect(build.output).toMatch(/tests\/fixtures\/sites\/basic\/content\/briefings\/bravo\.mdx:\d+:\d+ sources\[2\]\.id: warning: source "src-uncited" is listed in `sources` but nothing cites it \(uncited-source\)/);
  });
});

describe('preview builds', () => {
  it('include drafts and scheduled briefings with a Draft banner when asked', async () => {
    const preview = await buildSite({ content: FIXTURE, env: { SITREP_NOW: '2026-01-01T00:00:00Z' }, args: ['--drafts'] });
    expect(preview.code, preview.output).toBe(0);
    const draft = parse(readFileSync(path.join(preview.outDir, 'briefings/delta-draft/index.html'), 'utf8'));
    expect(draft.querySelector('.banner')?.text).toMatch(/^Draft/);
    expect(existsSync(path.join(preview.outDir, 'briefings/echo-scheduled/index.html'))).toBe(true);
  });
});

describe('bad input fails the build with a located message', () => {
  it('names the file and field of invalid frontmatter', async () => {
    const content = copyContent(FIXTURE);
    const file = path.join(content, 'briefings/alpha.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('likelihood: likely', 'likelihood: probable'));
    const result = await buildSite({ content });
    expect(result.code).not.toBe(0);
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('likelihood: probable')) + 1;
    expect(result.output).toContain(`briefings/alpha.mdx:${line}:17 strategicImpact[0].likelihood: expected one of almost-no-chance,`);
    expect(result.output).toContain('got "probable"\n  Hint: use "likely" (55–80 %).');
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  });

  it('names the file and line of an unknown citation', async () => {
    const content = copyContent(FIXTURE);
    const file = path.join(content, 'briefings/charlie.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Charlie body text.[^src-a]', 'Charlie body text.[^src-zzz]'));
    const result = await buildSite({ content });
    expect(result.code).not.toBe(0);
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('[^src-zzz]')) + 1;
    expect(result.output).toContain(`briefings/charlie.mdx:${line}:19: the citation [^src-zzz] is neither a source id`);
  });

  it('names the briefing, the line and the component of a chart error, once, before any page renders', async () => {
    const content = copyContent(FIXTURE);
    const file = path.join(content, 'briefings/bravo.mdx');
    mkdirSync(path.join(content, 'data'), { recursive: true });
    writeFileSync(path.join(content, 'data/attacks.csv'), 'town,killed\nGao,3\nBamako,about 29\n');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Intel\n', '## Intel\n\n<BarChart data="attacks" x="town" y="killed" />\n'));
    const result = await buildSite({ content });
    expect(result.code).not.toBe(0);
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('<BarChart')) + 1;
    const head = `briefings/bravo.mdx:${line}:1 <BarChart data="attacks">: `;
    expect(result.output).toContain(`${head}${path.relative(process.cwd(), path.join(content, 'data/attacks.csv'))} row 2 (line 3), column "killed": expected a number, got "about 29"\n  Hint: write digits only, e.g. 29`);
    expect(result.output.split(head).length - 1, 'reported once').toBe(1);
    expect(result.output).not.toMatch(/Caught error rendering|rss\.xml|Stack trace:/);
  });

  it('refuses a date that does not exist, as check does', async () => {
    const content = copyContent(FIXTURE);
    const file = path.join(content, 'briefings/alpha.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^published: .*$/m, 'published: 2024-13-45'));
    const result = await buildSite({ content });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/briefings\/alpha\.mdx:\d+:12 published: expected a real calendar date; got 2024-13-45, which YAML would silently turn into 2025-02-14/);
  });

  it('locates an invalid actor file as check does, not at line 0', async () => {
    const content = copyContent(FIXTURE);
    const file = path.join(content, 'actors/red-group.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: .*$/m, 'kind: jihadist'));
    const result = await buildSite({ content });
    expect(result.code).not.toBe(0);
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('kind:')) + 1;
    expect(result.output).toContain(`actors/red-group.yaml:${line}:7 kind: expected one of state, government`);
    expect(result.output).not.toContain('does not match collection schema');
  });
});
