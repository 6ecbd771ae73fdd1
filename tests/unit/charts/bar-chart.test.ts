import { describe, expect, it } from 'vitest';
import { barChart, barChartTable, barValueDomain, describeBarChart, type BarChartData } from '../../../src/charts/bar-chart.ts';
import { expectGolden } from '../../helpers/golden.ts';

const fatalities: BarChartData = {
  categories: ['Bamako gendarmerie school and military airport', 'Bamako gendarmerie school and military airport', 'Barsalogho'],
  series: [{ name: 'fatalities', values: [70, 77, 200] }],
};
const grouped: BarChartData = {
  categories: ['2021', '2022', '2023', '2024'],
  series: [
    { name: 'Mali', values: [120, 340, -40, 510] },
    { name: 'Burkina Faso', values: [200, null, 260, 800] },
    { name: 'Niger', values: [80, 90, 150, 210] },
  ],
};

describe('bar chart scales', () => {
  it('starts the value axis at zero and rounds it out', () => {
    expect(barValueDomain(fatalities)).toEqual([0, 200]);
    expect(barValueDomain({ categories: ['a'], series: [{ name: 's', values: [37] }] })).toEqual([0, 40]);
    expect(barValueDomain(grouped)).toEqual([-100, 800]);
    expect(barValueDomain({ categories: ['a'], series: [{ name: 's', values: [null] }] })).toEqual([0, 1]);
  });

  it('draws one bar per value and none for a missing value', () => {
    expect(barChart(grouped).match(/<rect /g)!.length - 3 /* legend swatches */).toBe(11);
  });

  it('draws negative bars below the zero line', () => {
    const svg = barChart({ categories: ['a', 'b'], series: [{ name: 's', values: [10, -10] }] });
    const bars = [...svg.matchAll(/<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(bars).toHaveLength(2);
    // The positive bar ends where the negative one starts: at the zero line.
    expect(bars[0]![0]! + bars[0]![1]!).toBeCloseTo(bars[1]![0]!, 1);
  });
});

describe('bar chart output', () => {
  it('writes value labels, legend and description', () => {
    const svg = barChart(grouped, { valueLabels: true, id: 'f' });
    expect(svg).toContain('>510</text>');
    expect(svg).toContain('>−40</text>');
    expect(svg).toContain('>Burkina Faso</text>');
    expect(describeBarChart(fatalities)).toBe('Bar chart of 3 categories. highest Barsalogho (200), lowest Bamako gendarmerie school and military airport (70).');
  });

  it('is deterministic', () => {
    expect(barChart(grouped, { orientation: 'horizontal' })).toBe(barChart(grouped, { orientation: 'horizontal' }));
  });

  it('lists the numbers behind the chart', () => {
    expect(barChartTable(grouped, { categoryLabel: 'Year' })).toEqual({
      headers: ['Year', 'Mali', 'Burkina Faso', 'Niger'],
      rows: [['2021', '120', '200', '80'], ['2022', '340', '', '90'], ['2023', '−40', '260', '150'], ['2024', '510', '800', '210']],
    });
  });

  it('matches the golden horizontal bar chart with wrapped labels', ({ task }) => {
    expectGolden(task.name, barChart(fatalities, { orientation: 'horizontal', valueLabels: true, valueLabel: 'People killed', title: 'Fatalities by attack' }));
  });

  it('matches the golden grouped vertical bar chart', ({ task }) => {
    expectGolden(task.name, barChart(grouped, { valueLabel: 'Events', format: ',d' }));
  });
});
