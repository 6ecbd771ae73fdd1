import { describe, expect, it } from 'vitest';
import { defaults, describeTimeline, periodOf, timeline, timelineLayout, timelineTable, type TimelineEvent } from '../../../src/charts/timeline.ts';
import { toTimelineEvents } from '../../../src/charts/events.ts';
import { formatDate } from '../../../src/model/format.ts';
import { overlaps, type Box } from '../../../src/charts/svg.ts';
import { expectGolden } from '../../helpers/golden.ts';
import { sahelEvents } from './sahel.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const events = toTimelineEvents(sahelEvents);

/** Everything an item occupies: its mark and its label, in its lane. */
function itemBox(item: ReturnType<typeof timelineLayout>['items'][number]): Box {
  const x0 = Math.min(item.markX0, item.labelBox.x);
  const x1 = Math.max(item.markX1, item.labelBox.x + item.labelBox.width);
  const y0 = Math.min(item.cy - item.radius, item.labelBox.y);
  const y1 = Math.max(item.cy + item.radius, item.labelBox.y + item.labelBox.height);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

describe('timeline scales', () => {
  it('gives a month-precise event the whole month and a year-precise one the whole year', () => {
    expect(periodOf(utc('2024-05-01'), 'month')).toEqual([utc('2024-05-01'), utc('2024-06-01')]);
    expect(periodOf(utc('2024-05-17'), 'month')).toEqual([utc('2024-05-01'), utc('2024-06-01')]);
    expect(periodOf(utc('2023-06-10'), 'year')).toEqual([utc('2023-01-01'), utc('2024-01-01')]);
    expect(periodOf(utc('2024-10-06'), 'day')).toEqual([utc('2024-10-06'), utc('2024-10-07')]);
  });

  it('draws the month-precise event as a bar spanning exactly that month', () => {
    const layout = timelineLayout(events);
    const may = layout.items.find((i) => i.precision === 'month')!;
    expect(may.start).toEqual(utc('2024-05-01'));
    expect(may.end).toEqual(utc('2024-06-01'));
    const width = layout.x(utc('2024-06-01')) - layout.x(utc('2024-05-01'));
    expect(width).toBeGreaterThan(10);
    const svg = timeline(events);
    const x = Math.round(layout.x(utc('2024-05-01')) * 10) / 10;
    expect(svg).toContain(`<rect x="${x}" y="${Math.round((may.cy - 4) * 10) / 10}" width="${Math.round(width * 10) / 10}"`);
  });

  it('has a domain covering every event period with a margin', () => {
    const { domain } = timelineLayout(events);
    expect(domain[0].getTime()).toBeLessThan(utc('2022-07-22').getTime());
    expect(domain[1].getTime()).toBeGreaterThan(utc('2024-10-07').getTime());
  });

  it('writes dates in UTC at their precision', () => {
    expect(formatDate(utc('2024-10-06'), 'day', 'short')).toBe('6 Oct 2024');
    expect(formatDate(utc('2024-05-01'), 'month', 'short')).toBe('May 2024');
    expect(formatDate(utc('2024-01-01'), 'year', 'short')).toBe('2024');
  });
});

describe('timeline labels', () => {
  it('stacks labels in lanes so no label or mark overlaps another', () => {
    const { items, width } = timelineLayout(events);
    const boxes = items.map(itemBox);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${items[i]!.label} / ${items[j]!.label}`).toBe(false);
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(0);
      expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(width);
    }
  });

  it('packs events that are far apart into one lane', () => {
    const sparse: TimelineEvent[] = [
      { date: utc('2020-01-01'), title: 'A' },
      { date: utc('2024-01-01'), title: 'B' },
    ];
    expect(timelineLayout(sparse).lanes).toBe(1);
    const crowded = Array.from({ length: 5 }, (_, i): TimelineEvent => ({ date: utc(`2024-10-0${i + 1}`), title: `Event number ${i + 1} with a long title` }));
    expect(timelineLayout(crowded).lanes).toBe(5);
  });

  it('shortens a title that fits neither side, with an ellipsis', () => {
    const long: TimelineEvent[] = [{ date: utc('2024-01-01'), title: 'A very long title '.repeat(10) }];
    const [item] = timelineLayout(long, { width: 400 }).items;
    expect(item!.label.endsWith('…')).toBe(true);
    expect(item!.labelBox.x + item!.labelBox.width).toBeLessThanOrEqual(400);
  });
});

describe('timeline fatalities', () => {
  it('draws a range as a low dot inside a high ring, a count as one circle, and labels both', () => {
    const svg = timeline(events);
    expect(svg).toContain('200 killed');
    expect(svg).toContain('70–77 killed');
    expect(svg).toContain('killed: low estimate (dot) to high (ring)');
    const layout = timelineLayout(events);
    const barsalogho = layout.items.find((i) => i.event.fatalities === 200)!;
    const bamako = layout.items.find((i) => typeof i.event.fatalities === 'object')!;
    // Area encodes the count: the largest toll has the largest radius.
    expect(barsalogho.radius).toBeGreaterThan(bamako.radius);
    expect(barsalogho.radius).toBeCloseTo(defaults.maxRadius);
  });
});

describe('timeline output', () => {
  it('is accessible: role, title and desc with ids from the id option', () => {
    const svg = timeline(events, { id: 'figure-1', title: 'JNIM attacks, 2022–2024' });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="figure-1-title figure-1-desc"');
    expect(svg).toContain('<title id="figure-1-title">JNIM attacks, 2022–2024</title>');
    expect(svg).toContain(`<desc id="figure-1-desc">${describeTimeline(events)}</desc>`);
    expect(svg).toMatch(/viewBox="0 0 640 \d+(\.\d)?"/);
    expect(svg).not.toMatch(/<svg[^>]* width=/);
  });

  it('paints only through theme variables with fallbacks', () => {
    const svg = timeline(events);
    const colours = [...svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1]!);
    for (const c of colours) expect(c === 'none' || /^var\(--chart-[a-z0-9-]+, #[0-9a-f]{6}\)$/.test(c), c).toBe(true);
  });

  it('is deterministic and rounded', () => {
    expect(timeline(events)).toBe(timeline(toTimelineEvents(sahelEvents)));
    expect(timeline(events)).not.toMatch(/\d\.\d{2,}/);
  });

  it('stays within 15 KB for the Sahel briefing', () => {
    expect(Buffer.byteLength(timeline(events))).toBeLessThanOrEqual(15 * 1024);
  });

  it('lists the numbers behind the chart in date order', () => {
    const table = timelineTable(events);
    expect(table.headers).toEqual(['Date', 'Event', 'Place', 'Fatalities', 'First reported']);
    expect(table.rows[1]).toEqual(['May 2024', 'JNIM publishes photos of a training camp in Burkina Faso', 'Burkina Faso (location not disclosed)', '', '']);
    expect(table.rows[3]!.slice(3)).toEqual(['70–77', '']);
    expect(table.rows[4]![4]).toBe('8 Oct 2024');
  });

  it('matches the golden Sahel timeline', ({ task }) => {
    expectGolden(task.name, timeline(events, { id: 'figure-1' }));
  });

  it('matches the golden timeline with a year-precise event and no legend', ({ task }) => {
    const data: TimelineEvent[] = [
      { date: utc('2017-03-02'), precision: 'year', title: 'JNIM founded' },
      { date: utc('2019-06-01'), precision: 'month', title: 'Offensive in central Mali', fatalities: { low: 30, high: 120 } },
      { date: utc('2020-08-18'), title: 'Coup in Bamako', fatalities: 4 },
    ];
    expectGolden(task.name, timeline(data, { legend: false, width: 480 }));
  });
});
