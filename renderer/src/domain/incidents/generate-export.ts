// Large exports in the tools' own shapes, made up from a count alone (for the benchmark that
// previews 20,000 incidents, and for tests of scale). The same count always gives the same text.
// Every 25th incident is still open and every 40th is a test, as in real exports.
import Papa from 'papaparse';
import { DateTime } from 'luxon';
import { JIRA_DATE_FORMAT } from './jira';
import { SERVICENOW_DATE_FORMAT } from './servicenow';

export const GENERATED_SHAPES = ['pagerduty-rest', 'opsgenie', 'servicenow', 'jira'] as const;
export type GeneratedShape = (typeof GENERATED_SHAPES)[number];

/** The zone generated CSV times are written in (read them back with it). */
export const GENERATED_ZONE = 'Europe/Berlin';

const START = Date.UTC(2024, 0, 1, 6, 0);
const MINUTE = 60_000;
const SERVICES = [
  'Checkout API',
  'Payments Gateway',
  'Product Search',
  'Identity',
  'Inventory',
  'Notifications',
];

interface Made {
  readonly index: number;
  readonly created: number;
  readonly acknowledged: number | undefined;
  readonly resolved: number | undefined;
  readonly service: string;
  readonly priority: number;
  readonly title: string;
  readonly test: boolean;
}

/** The i-th made-up incident: spread over about two years, with varied, heavy-tailed durations. */
function made(index: number): Made {
  const created = START + index * 53 * MINUTE + ((index * 7_919) % 50) * MINUTE;
  const open = index % 25 === 24;
  const resolveMinutes = 5 + ((index * 15_485_863) % 240) + (index % 17 === 0 ? 600 : 0);
  // Acknowledged within the first half of the incident, as responders do.
  const ackSeconds = index % 9 === 0 ? undefined : 30 + ((index * 104_729) % (resolveMinutes * 30));
  return {
    index,
    created,
    acknowledged: ackSeconds === undefined ? undefined : created + ackSeconds * 1000,
    resolved: open ? undefined : created + resolveMinutes * MINUTE,
    service: SERVICES[index % SERVICES.length] ?? 'Checkout API',
    priority: 1 + (index % 4),
    title: `${SERVICES[index % SERVICES.length] ?? ''} degraded: error budget burn #${index}`,
    test: index % 40 === 39,
  };
}

export function generateExport(shape: GeneratedShape, count: number): string {
  const incidents = Array.from({ length: count }, (_, index) => made(index));
  switch (shape) {
    case 'pagerduty-rest':
      return pagerDuty(incidents);
    case 'opsgenie':
      return opsgenie(incidents);
    case 'servicenow':
      return serviceNow(incidents);
    case 'jira':
      return jira(incidents);
  }
}

const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());

function pagerDuty(incidents: readonly Made[]): string {
  const reference = (type: string, id: string, summary: string) => ({
    id,
    type: `${type}_reference`,
    summary,
    self: `https://api.pagerduty.com/${type}s/${id}`,
    html_url: `https://example.pagerduty.com/${type}s/${id}`,
  });
  const pages = [];
  for (let offset = 0; offset < incidents.length; offset += 100) {
    const page = incidents.slice(offset, offset + 100).map((item) => ({
      id: `Q${String(item.index).padStart(7, '0')}`,
      type: 'incident',
      summary: `[#${item.index}] ${item.title}`,
      incident_number: item.index,
      title: item.title,
      created_at: iso(item.created),
      updated_at: iso(item.resolved ?? item.created),
      status: item.resolved === undefined ? 'acknowledged' : 'resolved',
      incident_key: `key-${item.index}`,
      service: reference('service', `PSV${item.index % SERVICES.length}`, item.service),
      assignments: [],
      last_status_change_at: iso(item.resolved ?? item.created),
      resolved_at: iso(item.resolved),
      acknowledgements:
        item.resolved === undefined && item.acknowledged !== undefined
          ? [
              {
                at: iso(item.acknowledged),
                acknowledger: reference('user', 'PUSR001', 'On-call engineer'),
              },
            ]
          : [],
      teams: [reference('team', 'PTEAM01', 'Platform')],
      priority: {
        id: `PPR${item.priority}`,
        type: 'priority_reference',
        summary: `P${item.priority}`,
      },
      resolve_reason: null,
      urgency: item.priority <= 2 ? 'high' : 'low',
    }));
    pages.push({
      incidents: page,
      limit: 100,
      offset,
      more: offset + 100 < incidents.length,
      total: null,
    });
  }
  const logEntries = incidents
    .filter((item) => item.resolved !== undefined && item.acknowledged !== undefined)
    .map((item) => ({
      id: `L${String(item.index).padStart(7, '0')}`,
      type: 'acknowledge_log_entry',
      summary: 'Acknowledged by On-call engineer',
      created_at: iso(item.acknowledged),
      incident: reference('incident', `Q${String(item.index).padStart(7, '0')}`, item.title),
    }));
  pages.push({
    log_entries: logEntries,
    limit: logEntries.length,
    offset: 0,
    more: false,
    total: null,
  });
  return JSON.stringify(pages, null, 2);
}

function opsgenie(incidents: readonly Made[]): string {
  const data = incidents.map((item) => ({
    id: `a1b2c3d4-0000-4000-8000-${String(item.index).padStart(12, '0')}`,
    tinyId: String(item.index),
    alias: `alert-${item.index}`,
    message: item.title,
    status: item.resolved === undefined ? 'open' : 'closed',
    acknowledged: item.acknowledged !== undefined,
    isSeen: true,
    tags: item.test ? ['test'] : [],
    snoozed: false,
    count: 1,
    lastOccurredAt: iso(item.created),
    createdAt: iso(item.created),
    updatedAt: iso(item.resolved ?? item.created),
    source: 'prometheus',
    owner: '',
    priority: `P${item.priority}`,
    teams: [{ id: 'team-1' }],
    responders: [{ type: 'team', id: 'team-1' }],
    integration: { id: 'int-1', name: 'Prometheus', type: 'Prometheus' },
    report: {
      ...(item.acknowledged === undefined ? {} : { ackTime: item.acknowledged - item.created }),
      ...(item.resolved === undefined ? {} : { closeTime: item.resolved - item.created }),
    },
  }));
  return JSON.stringify({ data, paging: {}, took: 0.1, requestId: 'generated' }, null, 2);
}

const wall = (at: number | undefined, format: string) =>
  at === undefined
    ? ''
    : DateTime.fromMillis(at, { zone: GENERATED_ZONE, locale: 'en-US' }).toFormat(format);

function serviceNow(incidents: readonly Made[]): string {
  const priorities = ['1 - Critical', '2 - High', '3 - Moderate', '4 - Low'];
  const rows = incidents.map((item) => ({
    number: `INC${String(item.index).padStart(7, '0')}`,
    short_description: item.title,
    priority: priorities[item.priority - 1] ?? '4 - Low',
    state: item.resolved === undefined ? 'In Progress' : 'Resolved',
    opened_at: wall(item.created, SERVICENOW_DATE_FORMAT),
    resolved_at: wall(item.resolved, SERVICENOW_DATE_FORMAT),
    closed_at: '',
    cmdb_ci: item.service.toLowerCase().replace(/ /gu, '-'),
    business_service: item.service,
    assignment_group: 'Platform',
  }));
  return Papa.unparse(rows, { quotes: true, newline: '\r\n' });
}

function jira(incidents: readonly Made[]): string {
  const priorities = ['Highest', 'High', 'Medium', 'Low'];
  const rows = incidents.map((item) => ({
    Summary: item.title,
    'Issue key': `OPS-${item.index + 1}`,
    'Issue Type': item.test ? 'Task' : 'Incident',
    Status: item.resolved === undefined ? 'In Progress' : 'Resolved',
    Priority: priorities[item.priority - 1] ?? 'Low',
    Resolution: item.resolved === undefined ? '' : 'Done',
    Created: wall(item.created, JIRA_DATE_FORMAT),
    Resolved: wall(item.resolved, JIRA_DATE_FORMAT),
    'Component/s': item.service,
    Description: `What happened:\n${item.title}\nFollow-up in the review.`,
  }));
  return Papa.unparse(rows, { newline: '\r\n' });
}
