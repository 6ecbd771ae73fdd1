import { describe, expect, it } from 'vitest';
import { barChartTable } from '../../../src/charts/bar-chart.ts';
import { timelineIsoDates, timelineTable } from '../../../src/charts/timeline.ts';
import {
  commonPrecision, countWords, datetimeAttr, fatalityBounds, formatCount, formatDate, formatFatalities, formatNumber,
  listProse, numberFormatter, readingMinutes,
} from '../../../src/model/format.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the shared formats', () => {
  it('writes thousands with a comma, the same in charts and counts', () => {
    expect(formatCount(1200)).toBe('1,200');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatNumber(1200)).toBe('1,200');
    expect(formatNumber(0.25)).toBe('0.25');
    expect(numberFormatter(undefined)(1200)).toBe('1,200');
    expect(numberFormatter('.1%')(0.125)).toBe('12.5%');
    expect(barChartTable({ categories: ['Mali'], series: [{ name: 'Deaths', values: [1200] }] }).rows).toEqual([['Mali', '1,200']]);
  });

  it('writes a date no more exactly than it is known, in UTC', () => {
    // 23:30 on 5 October in UTC is already 6 October east of Greenwich: the UTC day is the one shown.
    expect(formatDate(new Date('2024-10-05T23:30:00Z'))).toBe('5 October 2024');
    expect(formatDate(utc('2024-10-06'), 'day')).toBe('6 October 2024');
    expect(formatDate(utc('2024-10-06'), 'day', 'short')).toBe('6 Oct 2024');
    expect(formatDate(utc('2024-09-01'), 'month')).toBe('September 2024');
    expect(formatDate(utc('2024-09-01'), 'month', 'short')).toBe('September 2024');
    expect(formatDate(utc('2023-01-01'), 'year')).toBe('2023');
    expect(formatDate(utc('2023-01-01'), 'year', 'short')).toBe('2023');
    expect(datetimeAttr(utc('2024-10-06'))).toBe('2024-10-06');
    expect(datetimeAttr(utc('2024-09-01'), 'month')).toBe('2024-09');
    expect(datetimeAttr(utc('2023-01-01'), 'year')).toBe('2023');
  });

  it('gives the coarsest precision that states every date exactly', () => {
    expect(commonPrecision([utc('2022-01-01'), utc('2023-01-01')])).toBe('year');
    expect(commonPrecision([utc('2023-01-01'), utc('2023-02-01')])).toBe('month');
    expect(commonPrecision([utc('2023-01-01'), utc('2023-02-14')])).toBe('day');
    expect(commonPrecision([])).toBe('day');
  });

  it('writes fatalities as a count or a range, empty when unknown', () => {
    expect(formatFatalities({ low: 70, high: 77 })).toBe('70–77');
    expect(formatFatalities({ low: 12, high: 12 })).toBe('12');
    expect(formatFatalities(undefined)).toBe('');
    // The same "1,200" on pages, in charts and in feeds.
    expect(formatFatalities({ low: 1200, high: 1500 })).toBe('1,200–1,500');
    expect(formatFatalities(1200)).toBe('1,200');
    expect(fatalityBounds({ low: 70, high: 77 })).toEqual([70, 77]);
    expect(fatalityBounds(5)).toEqual([5, 5]);
  });

  it('is what the charts print: the timeline table shows the same date, range and ISO date', () => {
    const events = [
      { date: utc('2024-05-01'), precision: 'month' as const, title: 'Offensive', fatalities: { low: 1200, high: 1500 } },
      { date: utc('2024-10-06'), title: 'Ambush', fatalities: 40 },
    ];
    expect(timelineTable(events).rows.map((r) => [r[0], r[3]])).toEqual([
      [formatDate(utc('2024-05-01'), 'month'), '1,200–1,500'],
      [formatDate(utc('2024-10-06'), 'day', 'short'), '40'],
    ]);
    expect(timelineIsoDates(events)).toEqual(['2024-05', '2024-10-06']);
  });

  it('joins lists in prose and counts reading time', () => {
    expect(listProse([])).toBe('');
    expect(listProse(['Mali'])).toBe('Mali');
    expect(listProse(['Mali', 'Niger'])).toBe('Mali and Niger');
    expect(listProse(['Mali', 'Niger', 'Burkina Faso'])).toBe('Mali, Niger and Burkina Faso');
    expect(countWords('Ouagadougou’s junta, in 2024: naïve—no.')).toBe(6);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});
