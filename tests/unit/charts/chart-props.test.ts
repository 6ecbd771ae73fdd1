import { describe, expect, it } from 'vitest';
import { ChartError } from '../../../src/model/datasets.ts';
import { barChartPropsSchema, eventMapPropsSchema, lineChartPropsSchema, parseChartProps, timelinePropsSchema } from '../../../src/schemas/chart.ts';

const file = 'content/briefings/trouble-in-the-sahel.mdx';

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChartError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('chart props', () => {
  it('accepts the documented BarChart props and fills defaults', () => {
    const props = parseChartProps(barChartPropsSchema, { data: 'sahel-attack-fatalities', x: 'attack', y: 'fatalities', caption: 'Deaths', source: 'AFP', orientation: 'horizontal', format: undefined }, { component: 'BarChart', briefing: file });
    expect(props).toEqual({ data: 'sahel-attack-fatalities', x: 'attack', y: 'fatalities', caption: 'Deaths', source: 'AFP', orientation: 'horizontal', valueLabels: false });
  });

  it('accepts inline rows and several y columns for a LineChart', () => {
    const props = parseChartProps(lineChartPropsSchema, { rows: [{ year: 2023, a: 1, b: 2 }], x: 'year', y: ['a', 'b'], labels: ['Mali', 'Niger'] }, { component: 'LineChart' });
    expect(props.zero).toBe(true);
    expect(props.y).toEqual(['a', 'b']);
  });

  it('names the file, component, prop and a hint for a bad value', () => {
    expect(message(() => parseChartProps(barChartPropsSchema, { data: 'd', x: 'a', y: 'b', orientation: 'sideways' }, { component: 'BarChart', briefing: file }))).toBe(
      `${file}: <BarChart>: prop "orientation": expected "vertical" or "horizontal"; got "sideways". Hint: write orientation="horizontal" or leave it out for vertical columns.`,
    );
  });

  it('suggests the prop meant for an unknown one', () => {
    expect(message(() => parseChartProps(barChartPropsSchema, { data: 'd', x: 'a', y: 'b', orientaton: 'horizontal' }, { component: 'BarChart', briefing: file }))).toBe(
      `${file}: <BarChart>: prop "orientaton": unknown prop. Hint: did you mean "orientation"? BarChart takes data, rows, labels, caption, source, title, description, x, y, orientation, valueLabels, format, valueLabel.`,
    );
  });

  it('asks for a data source, and only one', () => {
    expect(message(() => parseChartProps(barChartPropsSchema, { x: 'a', y: 'b' }, { component: 'BarChart', briefing: file }))).toContain(
      '<BarChart>: prop "data": missing: the chart needs data="dataset-id" or rows={[…]}. Hint: write data="dataset-id"',
    );
    expect(message(() => parseChartProps(barChartPropsSchema, { data: 'd', rows: [{ a: 1 }], x: 'a', y: 'b' }, { component: 'BarChart' }))).toContain('give data="…" or rows={[…]}, not both');
  });

  it('asks for the x column when it is missing', () => {
    expect(message(() => parseChartProps(lineChartPropsSchema, { data: 'd', y: 'b' }, { component: 'LineChart', briefing: file }))).toBe(
      `${file}: <LineChart>: prop "x": missing: name the column for the x axis (x="…"). Hint: name a column of the dataset, e.g. x="attack".`,
    );
  });

  it('checks number formats and label counts', () => {
    expect(message(() => parseChartProps(barChartPropsSchema, { data: 'd', x: 'a', y: 'b', format: 'oops' }, { component: 'BarChart' }))).toContain('prop "format": expected a d3-format specifier');
    expect(message(() => parseChartProps(barChartPropsSchema, { data: 'd', x: 'a', y: ['b', 'c'], labels: ['B'] }, { component: 'BarChart' }))).toContain('prop "labels": expected 2 labels (one per y column); got 1');
  });

  it('lets Timeline and EventMap go without props, and checks EventMap countries', () => {
    expect(parseChartProps(timelinePropsSchema, {}, { component: 'Timeline' })).toEqual({});
    expect(message(() => parseChartProps(eventMapPropsSchema, { countries: ['ML', 'MLI'] }, { component: 'EventMap', briefing: file }))).toBe(
      `${file}: <EventMap>: prop "countries[1]": expected an ISO 3166-1 alpha-2 country code; got "MLI". Hint: did you mean "ML"?`,
    );
  });
});
