import { describe, expect, it } from 'vitest';
import firehydrant from './fixtures/firehydrant.json?raw';
import incidentIo from './fixtures/incident-io.json?raw';
import jira from './fixtures/jira-incidents.csv?raw';
import opsgenie from './fixtures/opsgenie-alerts.json?raw';
import pagerdutyRest from './fixtures/pagerduty-rest.json?raw';
import rootly from './fixtures/rootly.json?raw';
import servicenow from './fixtures/servicenow-incidents.csv?raw';
import spreadsheet from './fixtures/european-spreadsheet.csv?raw';
import { FILE_CASES, type Fixtures } from './corpus-cases';
import { RECORD_CASES } from './corpus-record-cases';
import { importIncidents } from './presets';

const fixtures: Fixtures = {
  pagerdutyRest,
  opsgenie,
  incidentIo,
  firehydrant,
  rootly,
  servicenow,
  jira,
  spreadsheet,
};

function read(
  preset: Parameters<typeof importIncidents>[2],
  text: string,
  byteLength: number,
  options = {},
) {
  return importIncidents(text, byteLength, preset, { timeZone: 'UTC', ...options });
}

describe('a corpus of bad incident files', () => {
  it('has at least 20 bad files', () => {
    expect(FILE_CASES.length + RECORD_CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FILE_CASES)('refuses $name as a whole, saying what it is', (badCase) => {
    const text = badCase.make(fixtures);
    const outcome = read(badCase.preset, text, badCase.byteLength ?? text.length, badCase.options);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    if (typeof badCase.expected === 'string')
      expect(outcome.problem.message).toBe(badCase.expected);
    else expect(outcome.problem.message).toMatch(badCase.expected);
  });

  it.each(RECORD_CASES)('refuses the record with $name, and reads the rest', (badCase) => {
    const good = read(badCase.preset, goodText(badCase.preset), 0, badCase.options);
    const text = badCase.make(fixtures);
    const outcome = read(badCase.preset, text, text.length, badCase.options);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const refused = outcome.refused.filter((record) =>
      badCase.place === undefined
        ? record.sourceId === badCase.sourceId
        : record.place.number === badCase.place.number && record.place.kind === badCase.place.kind,
    );
    expect(refused).toHaveLength(1);
    const reasons = refused[0]?.reasons ?? [];
    if (typeof badCase.expected === 'string') expect(reasons).toContain(badCase.expected);
    else expect(reasons.some((reason) => (badCase.expected as RegExp).test(reason))).toBe(true);
    // The bad record is in no other list, and every other record is read as before.
    const counted = outcome.incidents.map((item) => item.sourceId);
    const apart = outcome.apart.map((item) => item.incident.sourceId);
    if (!good.ok) throw new Error(good.problem.message);
    const before = [
      ...good.incidents.map((item) => item.sourceId),
      ...good.apart.map((item) => item.incident.sourceId),
    ];
    const duplicated = reasons.some((reason) => reason.includes('appears twice'));
    expect([...counted, ...apart].sort()).toEqual(
      duplicated ? [...before].sort() : before.filter((id) => id !== badCase.sourceId).sort(),
    );
  });

  it('refuses a record that is not an object and one without an id, by their place', () => {
    const json = JSON.parse(opsgenie) as { data: unknown[] };
    json.data.push(42, {
      message: 'no id here',
      createdAt: '2026-02-02T07:15:00Z',
      status: 'closed',
    });
    const outcome = read('opsgenie', JSON.stringify(json), 0);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.refused).toEqual([
      {
        place: { kind: 'record', number: 7 },
        sourceId: undefined,
        reasons: ['it is not an incident record: "42"'],
        unknownSeverity: undefined,
      },
      {
        place: { kind: 'record', number: 8 },
        sourceId: undefined,
        reasons: ['it has no id ("id" is empty)'],
        unknownSeverity: undefined,
      },
    ]);
  });
});

function goodText(preset: string): string {
  const byPreset: Record<string, string> = {
    'pagerduty-rest': pagerdutyRest,
    opsgenie,
    'incident-io': incidentIo,
    firehydrant,
    rootly,
    servicenow,
    jira,
  };
  return byPreset[preset] ?? '';
}
