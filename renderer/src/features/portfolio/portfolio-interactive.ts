// A performance mark a benchmark can read: the moment the Portfolio screen first shows its table.
export const PORTFOLIO_INTERACTIVE_MARK = 'mttr:portfolio-interactive';

export function markPortfolioInteractive(): void {
  if (performance.getEntriesByName(PORTFOLIO_INTERACTIVE_MARK).length === 0) {
    performance.mark(PORTFOLIO_INTERACTIVE_MARK);
  }
}
