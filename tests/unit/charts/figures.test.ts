import { describe, expect, it } from 'vitest';
import { nextFigure, numericColumns } from '../../../src/components/charts/figures.ts';
import { citedSourceIds, sourceLine, toMapPoints, toTimelineEvents } from '../../../src/charts/events.ts';
import { sahelEvents } from './sahel.ts';

describe('figure numbering', () => {
  it('counts per page (per locals object) in call order', () => {
    const page = {};
    const other = {};
    expect(nextFigure(page)).toEqual({ number: 1, id: 'figure-1' });
    expect(nextFigure(page)).toEqual({ number: 2, id: 'figure-2' });
    expect(nextFigure(other)).toEqual({ number: 1, id: 'figure-1' });
  });

  it('right-aligns only columns where every value is a number or a range', () => {
    expect(numericColumns({ headers: ['Date', 'Event', 'Fatalities', 'Lat'], rows: [['May 2024', 'x', '70–77', '-8.00'], ['2024', 'y', '', '12.64']] })).toEqual([false, false, true, true]);
  });
});

describe('events adapters', () => {
  it('keeps precision and tolls for the timeline and only located events for the map', () => {
    expect(toTimelineEvents(sahelEvents)[1]).toMatchObject({ precision: 'month', place: 'Burkina Faso (location not disclosed)' });
    expect(toMapPoints(sahelEvents)).toHaveLength(6);
  });

  it('credits the publishers of the cited sources, each once, in first-cited order', () => {
    const ids = citedSourceIds(sahelEvents);
    expect(ids.slice(0, 3)).toEqual(['lwj-bamako', 'lwj-training-camp', 'aj-barsalogho']);
    const sources = [
      { id: 'lwj-bamako', title: 'a', publisher: "FDD's Long War Journal" },
      { id: 'lwj-training-camp', title: 'b', publisher: "FDD's Long War Journal" },
      { id: 'aj-barsalogho', title: 'c', publisher: 'Al Jazeera' },
    ];
    expect(sourceLine(ids, sources)).toBe("FDD's Long War Journal; Al Jazeera");
  });
});
