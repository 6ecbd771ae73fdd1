/** The body's safety rules on text (issue 14, probe 9): what the corpus does not pin down case by case. */
import { describe, expect, it } from 'vitest';
import { checkBody, type KnownContent } from '../../../src/authoring/body.ts';
import { unsafeScheme } from '../../../src/authoring/body-safety.ts';

const known: KnownContent = { authors: new Set(), regions: new Set(), actors: new Set(), datasets: new Set(['attacks']) };

async function check(body: string): Promise<string[]> {
  const { problems } = await checkBody(body, 'x.mdx', { known, sourceIds: undefined, isBriefing: true });
  return problems.map((p) => `${p.line}:${p.column} ${p.name}`);
}

describe('unsafeScheme', () => {
  it('reads the scheme as a browser does: any case, leading spaces and controls, tabs and newlines inside', () => {
    for (const url of ['javascript:x()', 'JaVaScRiPt:x()', ' \u0001javascript:x()', 'jav\tascript:x()', 'java\nscript:x()', 'java\rscript:x()']) {
      expect(unsafeScheme(url), JSON.stringify(url)).toBe('javascript:');
    }
    expect(unsafeScheme('DATA:text/html,x')).toBe('data:');
    expect(unsafeScheme('vbscript:msgbox')).toBe('vbscript:');
    expect(unsafeScheme('file:///etc/passwd')).toBe('file:');
  });

  it('leaves web, mail and relative links alone', () => {
    for (const url of ['https://example.org/a', 'http://example.org', 'mailto:desk@example.org', '/regions/sahel/', '#src-a', 'notes/javascript:x', '?q=data:x']) {
      expect(unsafeScheme(url), url).toBeUndefined();
    }
  });
});

describe('checkBody: unsafe links and code', () => {
  it('finds entity-encoded schemes in Markdown links, images and JSX attributes', async () => {
    expect(await check([
      '[a](&#106;&#97;vascript:x()) ![b](&#x64;ata:image/png,AAAA)',
      '',
      '<a href="&#x6A;avascript:x()">c</a> <img srcSet="/a.png 1x, data:image/png,AAAA 2x" alt="d" /> <a href={"vbscript:x"}>e</a>',
    ].join('\n'))).toEqual(['1:1 UnsafeUrl', '1:30 UnsafeUrl', '3:4 UnsafeUrl', '3:42 UnsafeUrl', '3:99 UnsafeUrl']);
  });

  it('accepts web links, Sitrep component imports and literal chart data', async () => {
    expect(await check([
      "import BarChart from 'sitrep/components/charts/BarChart.astro';",
      '',
      '[a](https://example.org) [b](mailto:desk@example.org) [c](/regions/sahel/) <a href="#src-a">d</a>',
      '',
      '<BarChart data="attacks" x="month" y={["a", "b"]} height={-2} rows={[{ month: "2024-01", a: 1 }]} /> {/* a comment */} {" "}',
    ].join('\n'))).toEqual([]);
  });

  it('flags imports from outside Sitrep, exports, code in expressions, spreads, handlers and raw HTML', async () => {
    expect(await check([
      "import fs from 'node:fs';",
      "import Evil from 'sitrep/components/../../../../etc/x.astro';",
      'export const home = process.env.HOME;',
      '',
      '{fs.readFileSync("/etc/passwd", "utf8")} <b {...props}>x</b> <b onMouseOver="x()">y</b> <div set:html="<img src=x onerror=x()>" />',
      '',
      '<object data="https://example.org/x.swf" />',
    ].join('\n'))).toEqual([
      '1:1 RunsCode', '2:1 RunsCode', '3:1 RunsCode',
      '5:1 RunsCode', '5:45 RunsCode', '5:65 RunsCode', '5:94 RunsCode',
      '7:1 RunsCode',
    ]);
  });

  it('reports <base> as an error; <BASE> is a component in MDX, and an unknown one', async () => {
    expect(await check('<base href="https://evil.example/" />\n\n<BASE href="/" />')).toEqual(['1:1 BaseElement', '3:1 UnknownComponent']);
  });
});
