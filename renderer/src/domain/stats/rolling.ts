// A rolling median over points in time order: what a trend line shows instead of a rolling mean,
// so that one very long drill bends the line for a moment instead of lifting it for a whole span.

export interface TimedValue {
  /** Epoch ms. */
  readonly at: number;
  readonly value: number;
}

/**
 * Trailing span: the point at index i carries the median of points i − span + 1 … i (fewer at
 * the start, where the span is not yet full), so the line never uses a drill that came later.
 * Points are ordered by time first (stable for equal times). A span below 1 is treated as 1.
 */
export function rollingMedian(points: readonly TimedValue[], span: number): TimedValue[] {
  const size = Math.max(1, Math.floor(span));
  const ordered = isInTimeOrder(points) ? points : [...points].sort((a, b) => a.at - b.at);
  // One scratch buffer, insertion-sorted per point: spans are small, and trend lines are drawn
  // for thousands of drills, so no per-point allocation.
  const scratch = new Float64Array(size);
  return ordered.map((point, index) => {
    const start = Math.max(0, index - size + 1);
    const count = index - start + 1;
    for (let i = 0; i < count; i++) {
      const value = (ordered[start + i] as TimedValue).value;
      let j = i - 1;
      while (j >= 0 && (scratch[j] as number) > value) {
        scratch[j + 1] = scratch[j] as number;
        j--;
      }
      scratch[j + 1] = value;
    }
    const middle = (count - 1) / 2;
    const value =
      ((scratch[Math.floor(middle)] as number) + (scratch[Math.ceil(middle)] as number)) / 2;
    return { at: point.at, value };
  });
}

function isInTimeOrder(points: readonly TimedValue[]): boolean {
  for (let i = 1; i < points.length; i++) {
    if ((points[i] as TimedValue).at < (points[i - 1] as TimedValue).at) return false;
  }
  return true;
}
