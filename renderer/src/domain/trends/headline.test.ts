import { describe, expect, it } from 'vitest';
import { SMALL_SAMPLE } from '../stats/summary';
import { recoveryHeadline, type HeadlinePoint } from './headline';

const TODAY = '2026-11-20';
const at = (date: string, value: number): HeadlinePoint => ({ date, value });

/** The flagship demo team's rhythm: two to four drills a quarter. */
const SPARSE: HeadlinePoint[] = [
  at('2025-07-10', 40),
  at('2025-08-20', 50),
  at('2025-10-02', 30),
  at('2025-11-11', 35),
  at('2025-12-01', 45),
  at('2026-01-15', 20),
  at('2026-02-12', 25),
  at('2026-04-08', 22),
  at('2026-05-20', 18),
  at('2026-06-25', 26),
  at('2026-07-14', 15),
  at('2026-09-01', 17),
  at('2026-10-10', 12),
  at('2026-11-02', 14),
];

describe("Home's headline over windows the data can support", () => {
  const quarters = recoveryHeadline(SPARSE, TODAY);

  it('covers the last six quarters, oldest first, ending with the current one', () => {
    expect(quarters.map((q) => q.label)).toEqual([
      'Q3 2025',
      'Q4 2025',
      'Q1 2026',
      'Q2 2026',
      'Q3 2026',
      'Q4 2026',
    ]);
  });

  it('reaches back to the latest five drills when a quarter has fewer, so no bar is unreliable once five exist', () => {
    // Q3 2025 has only two drills and nothing before it: the one bar that cannot be reliable.
    expect(quarters[0]).toMatchObject({ inQuarter: 2, earlier: 0 });
    expect(quarters[0]?.summary.smallSample).toBe(true);
    for (const quarter of quarters.slice(1)) {
      expect(quarter.summary.n).toBe(SMALL_SAMPLE);
      expect(quarter.summary.smallSample).toBe(false);
    }
    // Q4 2026: 12 and 14 in the quarter, 26, 15 and 17 before it.
    expect(quarters[5]).toMatchObject({ inQuarter: 2, earlier: 3, windowFrom: '2026-06-25' });
    expect(quarters[5]?.summary.median).toBe(15);
    // Q1 2026: 20, 25 in the quarter, then 30, 35 and 45 from Q4 2025.
    expect(quarters[2]).toMatchObject({ inQuarter: 2, earlier: 3, windowFrom: '2025-10-02' });
    expect(quarters[2]?.summary.median).toBe(30);
  });

  it("keeps a quarter's own drills alone when it has enough", () => {
    const busy = [1, 2, 3, 4, 5, 6].map((day) => at(`2026-10-0${day}`, day * 10));
    const last = recoveryHeadline([...SPARSE.slice(0, 5), ...busy], TODAY).at(-1);
    expect(last).toMatchObject({ inQuarter: 6, earlier: 0, windowFrom: '2026-10-01' });
    expect(last?.summary.median).toBe(35);
  });

  it('gives a quarter without a drill of its own no bar, rather than a borrowed figure', () => {
    const gap = recoveryHeadline(
      SPARSE.filter((p) => !p.date.startsWith('2026-0')),
      TODAY,
    );
    expect(gap[2]).toMatchObject({ label: 'Q1 2026', inQuarter: 0, earlier: 0 });
    expect(gap[2]?.summary.median).toBeUndefined();
  });

  it('ignores drills after the quarter it is computing', () => {
    const q3 = recoveryHeadline(SPARSE, '2025-09-30', 1)[0];
    expect(q3?.summary.n).toBe(2);
  });
});
