/** Chart components in MDX, checked without rendering: literal props from the tree, the components' own schemas and data access. */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { checkChartElement, literalProps, type MdxJsxElement } from '../../../src/authoring/mdx-charts.ts';
import { parseDataset } from '../../../src/model/datasets.ts';

function element(mdx: string): MdxJsxElement {
  const tree = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }).parse(mdx) as unknown as { children: MdxJsxElement[] };
  return tree.children[0]!;
}

const attacks = parseDataset('town,killed\nGao,3\nBamako,about 29\n', 'content/data/attacks.csv');
const context = { file: 'content/briefings/a.mdx', isBriefing: true, datasetIds: new Set(['attacks']), datasets: new Map([['attacks', attacks]]) };

describe('literal props', () => {
  it('evaluates strings, bare flags, numbers, arrays and objects as Astro would pass them', () => {
    expect(literalProps(element('<BarChart data="x" valueLabels zero={false} y={["a", "b"]} rows={[{ year: 2023, n: -1, note: null }]} caption={`c`} />'))).toEqual({
      data: 'x', valueLabels: true, zero: false, y: ['a', 'b'], rows: [{ year: 2023, n: -1, note: null }], caption: 'c',
    });
  });

  it('leaves a component with a computed prop or a spread to rendering', () => {
    expect(literalProps(element('<BarChart data={id} x="a" y="b" />'))).toBeUndefined();
    expect(literalProps(element('<BarChart {...props} />'))).toBeUndefined();
    expect(checkChartElement('BarChart', element('<BarChart data={id} x="a" y={1} />'), context)).toEqual([]);
  });
});

describe('checkChartElement', () => {
  it('reports a bad prop at the component, with the schema\'s hint', () => {
    const [p] = checkChartElement('BarChart', element('<BarChart data="attacks" x="town" y="killed" orientation="sideways" />'), context);
    expect(p).toMatchObject({ name: 'InvalidChartProp', line: 1, column: 1, field: '<BarChart>', message: 'prop "orientation": expected "vertical" or "horizontal"; got "sideways"' });
    expect(p!.hint).toBe('write orientation="horizontal" or leave it out for vertical columns.');
  });

  it('reads the dataset through the components\' column access: unknown columns and non-numbers', () => {
    expect(checkChartElement('BarChart', element('<BarChart data="attacks" x="town" y="dead" />'), context).map((p) => p.name)).toEqual(['UnknownColumn']);
    const [p] = checkChartElement('BarChart', element('<BarChart data="attacks" x="town" y="killed" />'), context);
    expect(p).toMatchObject({ name: 'NotANumber', field: '<BarChart data="attacks">', message: 'content/data/attacks.csv row 2 (line 3), column "killed": expected a number, got "about 29"' });
  });

  it('names a missing dataset, and accepts good inline rows', () => {
    expect(checkChartElement('LineChart', element('<LineChart data="nope" x="a" y="b" />'), context).map((p) => p.name)).toEqual(['MissingDataset']);
    expect(checkChartElement('LineChart', element('<LineChart rows={[{ year: 2023, n: 1 }, { year: 2024, n: 2 }]} x="year" y="n" />'), context)).toEqual([]);
  });

  it('refuses an events chart outside a briefing', () => {
    expect(checkChartElement('EventMap', element('<EventMap />'), { ...context, isBriefing: false }).map((p) => p.name)).toEqual(['ChartOutsideBriefing']);
  });
});
