/**
 * A build-long memo of rendered strings under a size budget. A briefing's event map is drawn
 * twice per build, for its page and for the full-content feeds, and the map is the costliest
 * thing on the page; the second draw is a lookup.
 *
 * Entries are never evicted: once the budget is spent, new results are returned but not kept.
 * (Astro renders the feeds before the briefing pages, so evicting the oldest entries would drop
 * exactly the ones about to be asked for.) A budget of 0 turns the memo off, as `astro dev`
 * wants: there a changed chart module must draw afresh.
 */
export class StringMemo {
  readonly #entries = new Map<string, string>();
  #size = 0;
  /** Lookups answered from the memo. */
  hits = 0;

  /** Characters of keys and values kept, at most. */
  readonly budget: number;

  constructor(budget: number) {
    this.budget = budget;
  }

  /** The value remembered for `key`, or `render()`'s result, remembered if it fits the budget. */
  get(key: string, render: () => string): string {
    const known = this.#entries.get(key);
    if (known !== undefined) {
      this.hits++;
      return known;
    }
    const value = render();
    const cost = key.length + value.length;
    if (this.#size + cost <= this.budget) {
      this.#entries.set(key, value);
      this.#size += cost;
    }
    return value;
  }

  /** Characters kept. */
  get size(): number {
    return this.#size;
  }
}
