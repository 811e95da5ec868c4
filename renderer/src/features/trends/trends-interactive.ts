// A performance mark the benchmark reads: the moment the Trends screen first shows its figures.
export const TRENDS_INTERACTIVE_MARK = 'mttr:trends-interactive';

export function markTrendsInteractive(): void {
  if (performance.getEntriesByName(TRENDS_INTERACTIVE_MARK).length === 0) {
    performance.mark(TRENDS_INTERACTIVE_MARK);
  }
}
