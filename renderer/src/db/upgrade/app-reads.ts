// How the app reads each kind of stored record back, for upgrade tests (not used by the app):
// every record of an old database must come back through the repositories, not just survive in
// IndexedDB. Typed by store name, so a new store fails to compile here until it has a reader.
import type { Repositories } from '../index';
import type { StoreName } from '../../domain/records/registry';
import type { SettingKey } from '../../domain/records/settings';

type Raw = Readonly<Record<string, unknown>>;
export interface ReadBack {
  readonly actual: unknown;
  readonly expected: unknown;
}
type Reader = (repos: Repositories, record: Raw) => Promise<ReadBack>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const byId = <T extends { readonly id: string }>(list: readonly T[], record: Raw) =>
  list.find((item) => item.id === record.id);
/** Most records are read back whole, exactly as stored. */
const whole =
  (read: (repos: Repositories, record: Raw) => Promise<unknown>): Reader =>
  async (repos, record) => ({ actual: await read(repos, record), expected: record });

export const APP_READS: { readonly [K in StoreName]: Reader } = {
  teams: whole((repos, record) => repos.teams.get(text(record.id))),
  services: whole(async (repos, r) => byId(await repos.services.listForTeam(text(r.teamId)), r)),
  people: whole(async (repos, r) => byId(await repos.people.listForTeam(text(r.teamId)), r)),
  assessments: whole((repos, record) => repos.assessments.get(text(record.id))),
  answers: whole(async (repos, r) =>
    byId(await repos.assessments.answers(text(r.assessmentId)), r),
  ),
  targets: whole(async (repos, r) => byId(await repos.targets.listForTeam(text(r.teamId)), r)),
  drills: whole((repos, record) => repos.drills.get(text(record.id))),
  // A run is read back as the run screen reads it: its drill's events, in run order.
  drillRuns: async (repos, record) => ({
    actual: await repos.drillEvents.listForDrill(text(record.drillId)),
    expected: record.events,
  }),
  actionItems: whole(async (repos, r) =>
    byId(await repos.actionItems.listForTeam(text(r.teamId)), r),
  ),
  incidents: whole((repos, record) => repos.incidents.get(text(record.id))),
  importMappings: whole((repos, record) => repos.importMappings.get(text(record.id))),
  models: whole((repos, record) => repos.models.get(text(record.id))),
  teamGroups: whole((repos, record) => repos.teamGroups.get(text(record.id))),
  // A user scenario is read as a library entry: its template, without the timestamps.
  scenarios: async (repos, record) => {
    const template = Object.fromEntries(
      Object.entries(record).filter(([key]) => key !== 'createdAt' && key !== 'updatedAt'),
    );
    return {
      actual: await repos.scenarios.get(text(record.id)),
      expected: { ...template, builtIn: false },
    };
  },
  // Settings are read by key; a value the app cannot use would come back as the default.
  settings: async (repos, record) => ({
    actual: await repos.settings.get(text(record.key) as SettingKey),
    expected: record.value,
  }),
};
