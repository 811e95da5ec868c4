import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { toEvidenceDrills } from '../../domain/maturity/drill-evidence-source';
import { drillOf } from '../../domain/trends/trends-fixtures';
import { RecoveryTrendCard } from './RecoveryTrendCard';

/** Home's quarterly card for completed drills with the given phase minutes, all on one day. */
function render(phaseSets: readonly (readonly number[])[]): string {
  const built = phaseSets.map((phases, index) => drillOf({ id: `d${index}`, day: 0, phases }));
  const drills = toEvidenceDrills(
    built.map((b) => b.drill),
    built.flatMap((b) => b.events),
    Date.UTC(2025, 1, 1),
    0,
  );
  return renderToStaticMarkup(
    <MemoryRouter>
      <RecoveryTrendCard drills={drills} today="2025-01-31" />
    </MemoryRouter>,
  );
}

describe('RecoveryTrendCard', () => {
  it('labels a bar with its median in whole minutes', () => {
    // Time to recover = acknowledge + diagnose + mitigate + verify = 3 + 10 + 5 + 4 minutes.
    expect(render([[2, 3, 10, 5, 4, 6]])).toContain('22 min');
  });

  it('says "< 1 min" for a median under a minute instead of "0 min"', () => {
    const markup = render([[2, 0.1, 0.1, 0.1, 0.1, 1]]);
    expect(markup).toContain('&lt; 1 min');
    expect(markup).not.toContain('>0 min');
  });

  it('does not hatch every quarter of a team that runs two drills a quarter, and says why', () => {
    // Two drills a quarter through 2025: Q1 (2 drills) and Q2 (4 so far) cannot be reliable;
    // from Q3 on each bar reaches back to the latest five drills.
    const built = [10, 40, 100, 130, 190, 220, 280, 310].map((day, index) =>
      drillOf({ id: `d${index}`, day, phases: [2, 3, 10, 5, 4, 6] }),
    );
    const drills = toEvidenceDrills(
      built.map((b) => b.drill),
      built.flatMap((b) => b.events),
      Date.UTC(2026, 0, 1),
      0,
    );
    const markup = renderToStaticMarkup(
      <MemoryRouter>
        <RecoveryTrendCard drills={drills} today="2025-12-31" />
      </MemoryRouter>,
    );
    expect(markup.match(/class="bar small-sample"/gu)).toHaveLength(2);
    expect(markup.match(/class="bar"/gu)).toHaveLength(2);
    expect(markup).toContain('reaches back to the latest 5 drills');
    expect(markup).toContain('2 in the quarter and 3 before it');
    expect(markup).toContain('3 earlier');
  });
});
