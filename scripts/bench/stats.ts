/** Small statistics for the benchmark: medians of repeated runs and a least-squares line for scaling. */

/** Median of the numbers (the mean of the two middle ones for an even count); undefined if none. */
export function median(values: readonly number[]): number | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** y = intercept + slope · x, fitted by least squares. */
export interface LinearFit {
  intercept: number;
  slope: number;
  /** Coefficient of determination (1 for two points, which a line always fits). */
  r2: number;
}

/** Least-squares line through the points; needs at least two distinct x. */
export function linearFit(points: readonly (readonly [number, number])[]): LinearFit {
  const n = points.length;
  const xs = new Set(points.map(([x]) => x));
  if (xs.size < 2) throw new Error('a linear fit needs points at two or more distinct sizes');
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { intercept, slope, r2 };
}

/** The fitted value at x. */
export function predict(fit: LinearFit, x: number): number {
  return fit.intercept + fit.slope * x;
}
