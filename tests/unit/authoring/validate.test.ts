/** validateBriefing on text: what the corpus does not pin down case by case. */
import { describe, expect, it } from 'vitest';
import { validateBriefing } from '../../../src/authoring/validate.ts';
import { KNOWN_COMPONENTS, type KnownContent } from '../../../src/authoring/body.ts';

const known: KnownContent = {
  authors: new Set(['desk']),
  regions: new Set(['testland']),
  actors: new Set(['red-group']),
  datasets: new Set(['attacks']),
};

function briefing(body: string, frontmatterExtra = ''): string {
  return `---
title: Alpha
published: 2024-03-10
authors: [desk]
regions: [testland]
overview: Red Group struck two towns on the same day, which shows it can run parallel operations.
intel:
  - finding: Two towns were attacked.
    cites: [src-a]
strategicImpact:
  - judgement: Red Group will attack again.
    likelihood: likely
    confidence: moderate
    cites: [src-a]
sources:
  - id: src-a
    url: https://example.org/a
    title: Source A
    publisher: Example Wire
${frontmatterExtra}---
${body}`;
}

async function check(text: string) {
  return (await validateBriefing(text, { file: 'x.mdx', known })).map((p) => `${p.line}:${p.column} ${p.name}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
}

describe('validateBriefing: the body', () => {
  it('accepts the known components, imported ones, HTML and datasets that exist', async () => {
    expect(KNOWN_COMPONENTS).toEqual(['Timeline', 'EventMap', 'BarChart', 'LineChart']);
    expect(await check(briefing(`
import Aside from '../../src/components/Aside.astro';
export const Local = () => null;

<Timeline />
<BarChart data="attacks" x="a" y="b" />
<LineChart data={id} x="a" y="b" />
<Aside>note</Aside> <Local /> <abbr title="x">JNIM</abbr>

Cited.[^src-a]
`))).toEqual([
      // Accepted, and listed for a reviewer: code that runs at build (`sitrep check --strict` fails on it).
      '22:1 RunsCode: the import of "../../src/components/Aside.astro" runs code at build, with the access of whoever builds the site',
      '23:1 RunsCode: an `export` runs code at build, with the access of whoever builds the site',
      '27:12 RunsCode: the expression in data={…} on <LineChart> runs code at build, with the access of whoever builds the site',
    ]);
  });

  it('reports an unknown component with "did you mean"', async () => {
    const problems = await validateBriefing(briefing('\n<EventsMap />\n[^src-a]\n'), { file: 'x.mdx', known });
    expect(problems.map((p) => [p.name, p.line, p.column])).toEqual([['UnknownComponent', 22, 1]]);
    expect(problems[0]!.hint).toMatch(/^did you mean <EventMap>\?/);
  });

  it('ignores citations in code, accepts footnotes defined in the body and counts them as citations', async () => {
    expect(await check(briefing('\nIn code: `[^nope]`.\n\n```\n[^nope]\n```\n\nA note.[^aside] Cited.[^src-a]\n\n[^aside]: An ordinary footnote.\n'))).toEqual([]);
  });

  it('reports every unknown citation label, not only the first', async () => {
    expect(await check(briefing('\nOne.[^src-a] Two.[^b]\nThree.[^c]\n'))).toEqual([
      '22:18 UnknownCitation: the citation [^b] is neither a source id of this briefing nor a footnote defined in the body',
      '23:7 UnknownCitation: the citation [^c] is neither a source id of this briefing nor a footnote defined in the body',
    ]);
  });

  it('says how to write a comment when the author used HTML comments', async () => {
    const [problem] = await validateBriefing(briefing('\n<!-- todo -->\n'), { file: 'x.mdx', known });
    expect(problem).toMatchObject({ name: 'MdxSyntax', line: 22, column: 2, hint: 'MDX has no HTML comments: write {/* … */} instead of <!-- … -->.' });
  });
});

describe('validateBriefing: the frontmatter', () => {
  it('accepts `lint: { disable: [...] }` (before and after the schema has the field)', async () => {
    expect(await check(briefing('\n[^src-a]\n', 'lint:\n  disable: [uncited-claim, placeholder]\n'))).toEqual([]);
  });

  it('rewrites zod\'s generic messages into expected/got form with a hint', async () => {
    const problems = await validateBriefing(briefing('\n[^src-a]\n').replace('    publisher: Example Wire\n', '').replace('    cites: [src-a]\nstrategicImpact', '    cites: []\nstrategicImpact'), { file: 'x.mdx', known });
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.field, p.message, p.hint])).toEqual([
      ['sources[0].publisher', 'missing required field "publisher"', 'add `publisher:` to `sources[0]`.'],
    ]);
  });

  it('takes the hint a schema gives as a field of the issue, never from the message', async () => {
    const problems = await validateBriefing(briefing('\n[^src-a]\n', 'countries: [MLI]\n'), { file: 'x.mdx', known });
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.name, p.field, p.message, p.hint])).toEqual([
      ['InvalidField', 'countries[0]', 'expected an ISO 3166-1 alpha-2 country code; got "MLI"', 'did you mean "ML"?'],
    ]);
    for (const p of problems) expect(p.message).not.toContain('Hint');
  });

  it('reports a frontmatter that is not a map of fields', async () => {
    expect(await check('---\n- a list\n---\nbody\n')).toEqual([
      '1:1 InvalidField: expected the frontmatter to be fields (title: …, published: …); got ["a list"]',
    ]);
  });

  it('orders the keys of every problem as --json prints them', async () => {
    const [problem] = await validateBriefing(briefing('\n[^nope]\n'), { file: 'x.mdx', known });
    expect(Object.keys(problem!)).toEqual(['name', 'severity', 'file', 'line', 'column', 'field', 'message', 'hint']);
  });
});
