import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../records/answers';
import { daysBetween } from '../dates/iso-date';
import {
  datedEvidenceAge,
  evidenceAge,
  evidenceDatesOf,
  hasEvidence,
  judgedOn,
  STALE_LABEL,
} from './evidence-age';

const JUDGED_AT = '2026-06-30';
const at = (date: string, hour = 12) =>
  Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

function evidence(partial: Partial<EvidenceRecord>): EvidenceRecord {
  return { text: '', links: [], drillIds: [], updatedAt: at('2026-06-01'), ...partial };
}

const ageOf = (record: EvidenceRecord, drills: Record<string, string> = {}, offset = 0) =>
  evidenceAge({
    evidence: record,
    drillDates: new Map(Object.entries(drills)),
    judgedAt: JUDGED_AT,
    timeZoneOffsetMinutes: offset,
  });

describe('evidenceAge', () => {
  it.each([
    ['179 days', '2026-01-02', false],
    ['180 days', '2026-01-01', false],
    ['181 days', '2025-12-31', true],
  ])('written evidence %s old is stale: %s', (_label, date, stale) => {
    expect(daysBetween(date, JUDGED_AT)).toBe(Number(_label.split(' ')[0]));
    const age = ageOf(evidence({ text: 'Runbook review notes', updatedAt: at(date) }));
    expect(age.stale).toBe(stale);
    expect(age.writtenStale).toBe(stale);
  });

  it.each([
    ['179 days', '2026-01-02', []],
    ['180 days', '2026-01-01', []],
    ['181 days', '2025-12-31', ['d1']],
  ])('a drill that ran %s before is marked stale by its run date', (_label, date, staleIds) => {
    // Linked yesterday, but the drill itself is what ages.
    const age = ageOf(evidence({ drillIds: ['d1'], updatedAt: at('2026-06-29') }), { d1: date });
    expect(age.staleDrillIds).toEqual(staleIds);
    expect(age.stale).toBe(staleIds.length > 0);
  });

  it('is not stale while one piece is fresh, and names only the old drills', () => {
    const age = ageOf(
      evidence({ text: 'Old notes', drillIds: ['old', 'new'], updatedAt: at('2025-01-01') }),
      { old: '2025-02-01', new: '2026-06-01' },
    );
    expect(age.stale).toBe(false);
    expect(age.writtenStale).toBe(true);
    expect(age.staleDrillIds).toEqual(['old']);
    expect(age.newest).toBe('2026-06-01');
  });

  it('is never stale without evidence, and ignores deleted drills', () => {
    expect(ageOf(evidence({ updatedAt: at('2020-01-01') })).stale).toBe(false);
    const gone = ageOf(evidence({ drillIds: ['deleted'], updatedAt: at('2020-01-01') }));
    expect(gone).toEqual({
      stale: false,
      writtenStale: false,
      staleDrillIds: [],
      staleIncidentIds: [],
      newest: undefined,
    });
  });

  it('ages an incident by the day it was detected, as a drill by the day it ran', () => {
    const judged = (incidentDate: string) =>
      evidenceAge({
        evidence: evidence({ incidentIds: ['i1', 'gone'], updatedAt: at('2020-01-01') }),
        drillDates: new Map(),
        incidentDates: new Map([['i1', incidentDate]]),
        judgedAt: JUDGED_AT,
        timeZoneOffsetMinutes: 0,
      });
    // 2026-01-01 is 180 days before 2026-06-30: still fresh; a day earlier is stale.
    expect(judged('2026-01-01')).toMatchObject({ stale: false, staleIncidentIds: [] });
    expect(judged('2025-12-31')).toMatchObject({ stale: true, staleIncidentIds: ['i1'] });
    expect(judged('2026-01-01').newest).toBe('2026-01-01');
  });

  it('dates written evidence on the user’s calendar', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan two hours east of UTC: 180 days, not 181.
    const late = evidence({
      links: ['https://wiki.example/runbooks'],
      updatedAt: at('2025-12-31', 23) + 30 * 60_000,
    });
    expect(ageOf(late, {}, 0).stale).toBe(true);
    expect(ageOf(late, {}, -120).stale).toBe(false);
  });

  it('dates written evidence by the offset in force when it was written', () => {
    // Half past midnight on 1 January in a zone an hour ahead of UTC in winter only, judged in
    // summer: 180 days old by the winter offset, 181 by the summer one.
    const winterOnly = (instant: number) => {
      const month = new Date(instant).getUTCMonth();
      return month >= 3 && month <= 9 ? 0 : -60;
    };
    const written = evidence({
      text: 'Quarterly report',
      updatedAt: at('2025-12-31', 23) + 30 * 60_000,
    });
    const age = evidenceAge({
      evidence: written,
      drillDates: new Map(),
      judgedAt: JUDGED_AT,
      timeZoneOffsetMinutes: winterOnly,
    });
    expect(age.writtenOn).toBe('2026-01-01');
    expect(age.stale).toBe(false);
    expect(ageOf(written, {}, winterOnly(at(JUDGED_AT))).stale).toBe(true);
  });
});

describe('judgedOn', () => {
  it('judges a final assessment at its own date and a draft at today', () => {
    expect(judgedOn({ status: 'final', takenOn: '2025-03-01' }, JUDGED_AT)).toBe('2025-03-01');
    expect(judgedOn({ status: 'draft', takenOn: '2025-03-01' }, JUDGED_AT)).toBe(JUDGED_AT);
  });

  it('labels stale evidence in words', () => {
    expect(STALE_LABEL).toBe('Stale: older than 180 days');
  });
});

describe('evidence known by its dates', () => {
  it('dates the written part by its last change only when there is text or a link', () => {
    const changed = at('2026-02-01');
    expect(evidenceDatesOf(evidence({ text: 'notes', updatedAt: changed })).writtenAt).toBe(
      changed,
    );
    expect(
      evidenceDatesOf(evidence({ links: ['https://wiki'], updatedAt: changed })).writtenAt,
    ).toBe(changed);
    expect(evidenceDatesOf(evidence({ text: '   ', updatedAt: changed })).writtenAt).toBeNull();
  });

  it('keeps the drills and incidents it cites; evidence from before incidents cites none', () => {
    expect(evidenceDatesOf(evidence({ drillIds: ['d1'] }))).toEqual({
      writtenAt: null,
      drillIds: ['d1'],
      incidentIds: [],
    });
    expect(evidenceDatesOf(evidence({ incidentIds: ['i1'] })).incidentIds).toEqual(['i1']);
  });

  it('has evidence when any piece is there', () => {
    expect(hasEvidence(evidenceDatesOf(evidence({})))).toBe(false);
    expect(hasEvidence(evidenceDatesOf(evidence({ text: 'x' })))).toBe(true);
    expect(hasEvidence(evidenceDatesOf(evidence({ drillIds: ['d1'] })))).toBe(true);
    expect(hasEvidence(evidenceDatesOf(evidence({ incidentIds: ['i1'] })))).toBe(true);
  });

  it.each([
    ['fresh text', evidence({ text: 'notes', updatedAt: at('2026-06-01') })],
    ['stale text', evidence({ text: 'notes', updatedAt: at('2025-06-01') })],
    ['a stale drill', evidence({ drillIds: ['old'] })],
    [
      'stale text and a fresh drill',
      evidence({ text: 'x', updatedAt: at('2025-01-01'), drillIds: ['new'] }),
    ],
    ['nothing', evidence({})],
  ])('ages %s exactly as the evidence itself does', (_label, record) => {
    const drillDates = new Map([
      ['old', '2025-10-01'],
      ['new', '2026-06-01'],
    ]);
    const common = { drillDates, judgedAt: JUDGED_AT, timeZoneOffsetMinutes: -120 };
    expect(datedEvidenceAge({ ...common, dates: evidenceDatesOf(record) })).toEqual(
      evidenceAge({ ...common, evidence: record }),
    );
  });
});
