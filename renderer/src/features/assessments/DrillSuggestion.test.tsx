import 'fake-indexeddb/auto';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../domain/records/common';
import { toEvidenceDrills } from '../../domain/maturity/drill-evidence-source';
import { shiftDate } from '../../domain/dates/iso-date';
import { drillOf } from '../../domain/trends/trends-fixtures';
import { DrillSuggestion } from './DrillSuggestion';
import { EvidenceDrillsContext, type EvidenceContextValue } from './evidence-drills';

const JUDGED_AT: IsoDate = '2026-06-30';

/** Completed drills that ran the given numbers of days before the judged date. */
function contextWith(ages: readonly number[]): EvidenceContextValue {
  const built = ages.map((age) =>
    drillOf({ id: `age-${age}`, day: 0, phases: [2, 3, 10, 5, 4, 6] }),
  );
  const drills = toEvidenceDrills(
    built.map((b) => ({ ...b.drill, title: `Drill run ${ages[built.indexOf(b)]} days ago` })),
    built.flatMap((b) => b.events),
    Date.UTC(2026, 6, 1),
    0,
  ).map((entry, index) => ({
    ...entry,
    ranOn: shiftDate(JUDGED_AT, { days: -(ages[index] ?? 0) }),
  }));
  return {
    drills,
    services: [],
    judgedAt: JUDGED_AT,
    timeZoneOffsetMinutes: 0,
    drillDates: new Map(drills.map((entry) => [entry.drill.id, entry.ranOn])),
    completed: drills.map((entry) => entry.drill),
    incidents: [],
    incidentDates: new Map(),
  };
}

function render(ages: readonly number[]): string {
  return renderToStaticMarkup(
    <MemoryRouter>
      <EvidenceDrillsContext.Provider value={contextWith(ages)}>
        <DrillSuggestion
          rule={{ kind: 'drills-per-quarter', count: 1, quarters: 2 }}
          evidenceDrillIds={[]}
          readOnly={false}
          onAccept={() => undefined}
        />
      </EvidenceDrillsContext.Provider>
    </MemoryRouter>,
  );
}

describe('DrillSuggestion', () => {
  it('marks an offered drill stale only when it is more than 180 days old', () => {
    const items = render([179, 180, 181]).split('<li>').slice(1);
    const staleIn = (age: number) =>
      items.find((item) => item.includes(`Drill run ${age} days ago`))?.includes('tag stale');
    expect(items).toHaveLength(3);
    expect(staleIn(179)).toBe(false);
    expect(staleIn(180)).toBe(false);
    expect(staleIn(181)).toBe(true);
    expect(render([181])).toContain('older than 180 days');
  });

  it('offers the drills as evidence when they support the criterion', () => {
    // One completed drill in each of the last two 91-day periods: the rule holds.
    const markup = render([10, 100]);
    expect(markup).toContain('Your drills support this');
    expect(markup).toContain('Add these drills as evidence');
  });

  it('does not offer drills that fall short of the rule, and says why', () => {
    // Nothing in the period before the last 91 days: the rule does not hold.
    const markup = render([10]);
    expect(markup).toContain('What your drills show so far');
    expect(markup).not.toContain('Add these drills as evidence');
    expect(markup).toContain('only part of the picture');
  });
});
