// The words of an imported incident's milestones, for the import preview, its notes and the
// incident's page. Typed by the milestone list of domain/incidents.
import type { IncidentMilestoneId, IncidentSource, IncidentState } from '../records/incidents';

export const MILESTONE_LABELS: Readonly<Record<IncidentMilestoneId, string>> = {
  impactBegan: 'Impact began',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  diagnosed: 'Diagnosed',
  mitigated: 'Mitigated',
  recovered: 'Recovered',
  closed: 'Closed',
  stakeholdersNotified: 'Stakeholders notified',
};

/** The tool an incident came from, as its users call it. */
export const SOURCE_LABELS: Readonly<Record<IncidentSource, string>> = {
  pagerduty: 'PagerDuty',
  opsgenie: 'Opsgenie',
  'incident-io': 'incident.io',
  firehydrant: 'FireHydrant',
  rootly: 'Rootly',
  'grafana-oncall': 'Grafana OnCall',
  servicenow: 'ServiceNow',
  jira: 'Jira Service Management',
  csv: 'Spreadsheet (CSV)',
};

/** Why an incident the file holds is kept out of the figures, in a word. */
export const INCIDENT_STATE_LABELS: Readonly<Record<IncidentState, string>> = {
  recovered: 'Recovered',
  open: 'Still open',
};
