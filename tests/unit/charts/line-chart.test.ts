import { describe, expect, it } from 'vitest';
import { describeLineChart, lineChart, lineChartTable, lineDomains, type LineChartData } from '../../../src/charts/line-chart.ts';
import { expectGolden } from '../../helpers/golden.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const quarters = ['2023-01-01', '2023-04-01', '2023-07-01', '2023-10-01', '2024-01-01', '2024-04-01'];
const data: LineChartData = {
  series: [
    { name: 'Mali', points: [30, 45, null, 60, 72, 50].map((y, i) => ({ x: utc(quarters[i]!), y })) },
    { name: 'Burkina Faso', points: [50, 65, 70, 90, 110, 95].map((y, i) => ({ x: utc(quarters[i]!), y })) },
  ],
};

describe('line chart scales', () => {
  it('spans the x values and includes zero on y by default', () => {
    const d = lineDomains(data);
    expect(d.x).toEqual([utc('2023-01-01').getTime(), utc('2024-04-01').getTime()]);
    expect(d.y).toEqual([0, 110]);
    expect(lineDomains(data, { zero: false }).y).toEqual([30, 110]);
  });

  it('takes numbers on x as well as dates', () => {
    const numeric: LineChartData = { series: [{ name: 's', points: [{ x: 1, y: 2 }, { x: 5, y: 4 }] }] };
    expect(lineDomains(numeric).x).toEqual([1, 5]);
    expect(lineChart(numeric)).toContain('class="chart chart-line"');
  });

  it('breaks the line at a missing value', () => {
    const svg = lineChart(data);
    const mali = /<path d="([^"]+)"[^>]*stroke="var\(--chart-1/.exec(svg)![1]!;
    expect(mali.match(/M/g)).toHaveLength(2);
  });
});

describe('line chart output', () => {
  it('describes each series and lists the numbers', () => {
    expect(describeLineChart(data)).toBe('Line chart of 2 series over time. Mali: 30 in January 2023 to 50 in April 2024; highest 72 in January 2024. Burkina Faso: 50 in January 2023 to 95 in April 2024; highest 110 in January 2024.');
    const table = lineChartTable(data, { xLabel: 'Quarter' });
    expect(table.headers).toEqual(['Quarter', 'Mali', 'Burkina Faso']);
    expect(table.rows[2]).toEqual(['2023-07', '', '70']);
  });

  it('is deterministic', () => {
    expect(lineChart(data)).toBe(lineChart(data));
  });

  it('matches the golden two-series time chart', ({ task }) => {
    expectGolden(task.name, lineChart(data, { yLabel: 'Attacks per quarter', title: 'Attacks per quarter' }));
  });
});

describe('line chart dates', () => {
  it('writes yearly data as years and monthly data as months', () => {
    const yearly: LineChartData = { series: [{ name: 's', points: [2022, 2023].map((y) => ({ x: utc(`${y}-01-01`), y: 1 })) }] };
    expect(lineChartTable(yearly).rows.map((r) => r[0])).toEqual(['2022', '2023']);
    const monthly: LineChartData = { series: [{ name: 's', points: ['2024-01-01', '2024-02-01'].map((d) => ({ x: utc(d), y: 1 })) }] };
    expect(lineChartTable(monthly).rows.map((r) => r[0])).toEqual(['2024-01', '2024-02']);
  });
});
