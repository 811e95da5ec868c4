import { describe, expect, it } from 'vitest';
import analytics from './fixtures/pagerduty-analytics.json?raw';
import firehydrant from './fixtures/firehydrant.json?raw';
import oncall from './fixtures/grafana-oncall.json?raw';
import incidentIo from './fixtures/incident-io.json?raw';
import jira from './fixtures/jira-incidents.csv?raw';
import opsgenie from './fixtures/opsgenie-alerts.json?raw';
import pagerdutyRest from './fixtures/pagerduty-rest.json?raw';
import rootly from './fixtures/rootly.json?raw';
import servicenow from './fixtures/servicenow-incidents.csv?raw';
import spreadsheet from './fixtures/european-spreadsheet.csv?raw';
import { INCIDENT_MILESTONES } from '../records/incidents';
import { detectSource, importIncidents, PRESET_IDS, PRESETS } from './presets';
import { imported } from './test-support';

describe('presets', () => {
  it.each([
    [pagerdutyRest, 'pagerduty-rest', 'a PagerDuty incidents export (REST API, GET /incidents)'],
    [analytics, 'pagerduty-analytics', 'a PagerDuty Analytics raw incidents export'],
    [opsgenie, 'opsgenie', 'an Opsgenie alerts export'],
    [incidentIo, 'incident-io', 'an incident.io incidents export'],
    [firehydrant, 'firehydrant', 'a FireHydrant incidents export'],
    [rootly, 'rootly', 'a Rootly incidents export'],
    [oncall, 'grafana-oncall', 'a Grafana OnCall alert groups export'],
    [servicenow, 'servicenow', 'a ServiceNow incident export'],
    [jira, 'jira', 'a Jira issues export'],
    [spreadsheet, 'csv', 'a CSV file'],
  ])('suggests the preset for each tool’s file (%#)', (text, preset, description) => {
    expect(detectSource(text)).toEqual({ preset, description });
  });

  it('says what a file is when no preset reads it', () => {
    expect(detectSource('{"hello": "world"}')).toEqual({
      preset: undefined,
      description: 'a JSON file with "hello", which no incident export has',
    });
    expect(detectSource('')).toEqual({
      preset: undefined,
      description: 'The file is empty: it holds no incidents.',
    });
  });

  it('recognises a bare list of records, as ETL taps write them', () => {
    const bare = JSON.stringify((JSON.parse(incidentIo) as { incidents: unknown[] }).incidents);
    expect(detectSource(bare).preset).toBe('incident-io');
    expect(imported(bare, 'incident-io').incidents).toHaveLength(5);
  });

  it('reads an export of a quiet period as no incidents, and says so', () => {
    const outcome = importIncidents(
      '{"incidents": [], "limit": 25, "offset": 0, "more": false}',
      60,
      'pagerduty-rest',
      {
        timeZone: 'UTC',
      },
    );
    expect(outcome).toEqual({
      ok: true,
      tool: 'pagerduty',
      incidents: [],
      apart: [],
      refused: [],
      skipped: [],
      notes: ['The export holds no incidents.'],
    });
  });

  it('reads an empty list saved by an ETL tap as no incidents too', () => {
    const outcome = importIncidents('[]', 2, 'incident-io', { timeZone: 'UTC' });
    expect(outcome.ok && outcome.notes).toEqual(['The export holds no incidents.']);
  });

  it('declares, per preset, the milestones its files can give and how detection is read', () => {
    for (const id of PRESET_IDS) {
      const preset = PRESETS[id];
      expect(preset.milestones.length).toBeGreaterThan(0);
      expect(preset.milestones.every((milestone) => INCIDENT_MILESTONES.includes(milestone))).toBe(
        true,
      );
      expect(preset.detection).not.toBe('');
    }
    expect(PRESETS.servicenow.milestones).not.toContain('acknowledged');
    expect(PRESETS.jira.milestones).toEqual(['detected', 'recovered']);
  });

  it('tells the user when PagerDuty’s resolved incidents have lost their acknowledgements', () => {
    const pages = JSON.parse(pagerdutyRest) as unknown[];
    const withoutLogs = imported(JSON.stringify(pages.slice(0, 2)), 'pagerduty-rest');
    expect(withoutLogs.notes[0]).toMatch(
      /^PagerDuty empties the acknowledgements of resolved incidents/,
    );
    expect(withoutLogs.incidents.every((item) => item.milestones.acknowledged === undefined)).toBe(
      true,
    );
  });
});
