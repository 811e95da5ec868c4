// A performance mark the start-up benchmark reads: the moment the first screen shows data.
export const INTERACTIVE_MARK = 'mttr:interactive';

export function markInteractive(): void {
  if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) {
    performance.mark(INTERACTIVE_MARK);
  }
}
