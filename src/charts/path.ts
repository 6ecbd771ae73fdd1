/**
 * A compact SVG path writer for d3-geo: `geoPath(projection, new CompactPath(tolerance))` writes
 * relative commands in tenths of a pixel and drops vertices closer than `tolerance` px to the
 * last one kept, and rings too small to see. That screen-space simplification, plus clipping to
 * the view, keeps a regional map of 50m borders to a few tens of kilobytes.
 */

/** Formats a whole number of tenths as a short decimal: 12 → "1.2", -5 → "-.5", 30 → "3". */
function tenths(n: number): string {
  if (n === 0) return '0';
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  return sign + (whole ? String(whole) : frac ? '' : '0') + (frac ? `.${frac}` : '');
}

/** Joins numbers the way SVG path grammar allows: no space before a minus sign. */
function join(values: readonly number[]): string {
  let out = '';
  let lastHasDot = false;
  for (const v of values) {
    const s = tenths(v);
    // A separator is needed unless the sign separates, or a '.'-led number follows one that already has a '.'.
    if (out && !s.startsWith('-') && !(s.startsWith('.') && lastHasDot)) out += ' ';
    out += s;
    lastHasDot = s.includes('.');
  }
  return out;
}

/** The drawing context d3-geo's `geoPath` writes into; read the result with `toString()`. */
export class CompactPath {
  private readonly tol2: number;
  private readonly minRing: number;
  private out = '';
  private ring: number[] = [];
  private startX = 0;
  private startY = 0;
  /** Last emitted vertex, in tenths of a px (integers, so relative moves never drift). */
  private lastX = 0;
  private lastY = 0;
  private penX = 0;
  private penY = 0;
  private open = false;

  /** `tolerance`: minimum distance in px between kept vertices; rings smaller than 2× are dropped. */
  constructor(tolerance = 0.8) {
    this.tol2 = (tolerance * 10) ** 2;
    this.minRing = tolerance * 20;
  }

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.startX = Math.round(x * 10);
    this.startY = Math.round(y * 10);
    this.lastX = this.startX;
    this.lastY = this.startY;
    this.ring = [];
    this.open = true;
  }

  lineTo(x: number, y: number): void {
    const px = Math.round(x * 10);
    const py = Math.round(y * 10);
    const dx = px - this.lastX;
    const dy = py - this.lastY;
    if (dx * dx + dy * dy < this.tol2) return;
    this.ring.push(dx, dy);
    this.lastX = px;
    this.lastY = py;
  }

  closePath(): void {
    this.flush(true);
  }

  /** Points are drawn as circles by the chart, never through the path. */
  arc(): void {}

  private flush(closed: boolean): void {
    if (!this.open) return;
    this.open = false;
    const vertices = this.ring.length / 2;
    if (closed ? vertices < 2 : vertices < 1) return;
    let x = this.startX;
    let y = this.startY;
    let minX = x, maxX = x, minY = y, maxY = y;
    for (let i = 0; i < this.ring.length; i += 2) {
      x += this.ring[i]!;
      y += this.ring[i + 1]!;
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
    if (closed && Math.max(maxX - minX, maxY - minY) < this.minRing) return;
    // `m` is relative to where the previous subpath left the pen, `M` is absolute at the start.
    const move = this.out ? `m${join([this.startX - this.penX, this.startY - this.penY])}` : `M${join([this.startX, this.startY])}`;
    this.out += `${move}l${join(this.ring)}${closed ? 'z' : ''}`;
    // After `z` the pen returns to the subpath's start.
    this.penX = closed ? this.startX : x;
    this.penY = closed ? this.startY : y;
  }

  /** The path data written so far. */
  toString(): string {
    this.flush(false);
    return this.out;
  }
}
