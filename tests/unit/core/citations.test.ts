import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { citationAnchors, findCitations, locate, remarkCitations } from '../../../src/markdown/citations.ts';

const sources = [
  { id: 'f24-bamako', title: 'Major jihadist attack in Mali', publisher: 'France 24' },
  { id: 'lwj', title: 'Al Qaeda strikes the Malian capital', publisher: "FDD's Long War Journal" },
];

async function render(markdown: string, frontmatter: Record<string, unknown> = { sources }) {
  const file = new VFile({ value: markdown, path: `${process.cwd()}/content/briefings/test.mdx`, data: { astro: { frontmatter } } });
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkCitations)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file),
  );
  return { html, frontmatter: (file.data as any).astro.frontmatter };
}

describe('findCitations', () => {
  it('finds labels with their offsets', () => {
    expect(findCitations('a.[^x-1] b[^y]')).toEqual([{ label: 'x-1', index: 2, length: 6 }, { label: 'y', index: 10, length: 4 }]);
  });

  it('locates an offset on a later line', () => {
    expect(locate('one\ntwo [^x]', 8, { line: 5, column: 3 })).toEqual({ line: 6, column: 5 });
    expect(locate('one [^x]', 4, { line: 5, column: 3 })).toEqual({ line: 5, column: 7 });
  });
});

describe('remarkCitations', () => {
  it('renders a source citation as a numbered link to the Sources entry', async () => {
    const { html } = await render('Killed more than 70.[^lwj]');
    expect(html).toContain('<sup class="citation"><a href="#source-lwj" id="cite-lwj-1"');
    expect(html).toMatch(/>2<\/a><\/sup>/);
    expect(html).toContain('aria-label="Source 2: FDD&#x27;s Long War Journal: Al Qaeda strikes the Malian capital"');
  });

  it('numbers repeated citations of one source with distinct anchors and counts them', async () => {
    const { html, frontmatter } = await render('One.[^lwj] Two.[^f24-bamako][^lwj]');
    expect(html).toContain('id="cite-lwj-1"');
    expect(html).toContain('id="cite-lwj-2"');
    expect(frontmatter.citations).toEqual({ lwj: 2, 'f24-bamako': 1 });
  });

  it('leaves footnotes defined in the body to GFM', async () => {
    const { html } = await render('A note.[^aside][^lwj]\n\n[^aside]: Explained.\n');
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('Explained.');
    expect(html).toContain('href="#source-lwj"');
  });

  it('fails on an unknown label, naming the file, line, column and the known ids', async () => {
    await expect(render('First line.\n\nSecond line cites [^nope] here.')).rejects.toThrow(
      /content\/briefings\/test\.mdx:3:19: the citation \[\^nope\] is neither a source id[\s\S]*Hint: use one of this briefing's source ids \(f24-bamako, lwj\)/,
    );
  });

  it('does not touch citation-like text in code', async () => {
    const { html } = await render('Write `[^id]` to cite.');
    expect(html).toContain('<code>[^id]</code>');
  });

  it('leaves MDX without sources (pages) alone', async () => {
    const { html } = await render('About [^x] us.', {});
    expect(html).toContain('[^x]');
  });
});

describe('helpers', () => {
  it('collects back-link anchors in page order', () => {
    const anchors = citationAnchors(
      { intel: [{ cites: ['lwj'] }], historicalContext: [{ cites: ['lwj'] }], strategicImpact: [{}, { cites: ['f24-bamako'] }] },
      { lwj: 2 },
    );
    expect(anchors.get('lwj')).toEqual(['cite-lwj-intel-1', 'cite-lwj-1', 'cite-lwj-2', 'cite-lwj-event-1']);
    expect(anchors.get('f24-bamako')).toEqual(['cite-f24-bamako-judgement-2']);
  });
});
