// Bad backup files whose records are sound one by one but not together, or not with the database
// they are imported into: missing owners, changed events, impossible runs, and hostile content.
import { edited, recordOf } from './test-fixtures';
import {
  eventAt,
  eventsOf,
  freshDrill,
  NEW_ID,
  nthEvent,
  set,
  setEvent,
  type BadFile,
} from './corpus-cases';

export const LINK_CASES: readonly BadFile[] = [
  {
    name: 'an evidence link that is not a web link',
    make: set('answers', 0, (r) => {
      r.evidence = {
        text: '',
        links: ['javascript:alert(1)'],
        drillIds: [],
        updatedAt: r.updatedAt,
      };
    }),
    expected: 'is not a web link',
    store: 'answers',
  },
  {
    name: 'a team that exists nowhere',
    make: set('services', 0, (r) => {
      r.teamId = NEW_ID;
    }),
    expected: '"teamId" refers to a team that is neither in this file nor in the app',
    store: 'services',
    field: 'teamId',
  },
  {
    name: 'an answer without its assessment',
    make: set('answers', 3, (r) => {
      r.assessmentId = NEW_ID;
    }),
    expected: '"assessmentId" refers to an assessment that is neither',
    store: 'answers',
    field: 'assessmentId',
  },
  {
    name: 'a drill run without its drill',
    make: (v) =>
      edited(v, (j) => {
        const run = recordOf(j, 'drillRuns', 5);
        run.drillId = NEW_ID;
        for (const event of eventsOf(run)) event.drillId = NEW_ID;
      }),
    expected: '(record 6 of "drillRuns"): "drillId" refers to a drill that is neither',
    store: 'drillRuns',
    field: 'drillId',
  },
  {
    name: 'a drill event in another drill’s run',
    make: setEvent(5, (r) => {
      r.drillId = NEW_ID;
    }),
    expected:
      /^Drill event .+ \(drill run \d+, event \d+\): "drillId" is not the drill of the run it is in/u,
    store: 'drillRuns',
    field: 'drillId',
  },
  {
    name: 'a drill event of another team',
    make: (v) =>
      edited(v, (j) => {
        const teams = j.stores.teams ?? [];
        const e = nthEvent(j, 0);
        e.teamId = teams.find((t) => t.id !== e.teamId)?.id;
      }),
    expected: '(drill run 1, event 1): "teamId" is not the team of the drill',
    store: 'drillRuns',
    field: 'teamId',
  },
  {
    name: 'a drill run of another team',
    make: (v) =>
      edited(v, (j) => {
        const teams = j.stores.teams ?? [];
        const run = recordOf(j, 'drillRuns', 0);
        const other = teams.find((t) => t.id !== run.teamId)?.id;
        run.teamId = other;
        for (const event of eventsOf(run)) event.teamId = other;
      }),
    expected: '(record 1 of "drillRuns"): "teamId" is not the team of the drill the run belongs to',
    store: 'drillRuns',
    field: 'teamId',
  },
  {
    name: 'a drill event listed twice',
    make: (v) =>
      edited(v, (j) => {
        const events = eventsOf(recordOf(j, 'drillRuns', 2));
        const last = events.at(-1);
        if (last) events.push({ ...last });
      }),
    expected: /\(drill run 3, event \d+\): "id" is used by an earlier event too/u,
    store: 'drillRuns',
    field: 'id',
  },
  {
    name: 'a run whose events are out of seq order',
    make: (v) =>
      edited(v, (j) => {
        eventsOf(recordOf(j, 'drillRuns', 2)).reverse();
      }),
    expected:
      /\(drill run 3, event 2\): "seq" comes after event seq \d+ in the file, but before it in the run/u,
    store: 'drillRuns',
    field: 'seq',
  },
  {
    name: 'an answer filed under another team than its assessment',
    make: (v) =>
      edited(v, (j) => {
        const teams = j.stores.teams ?? [];
        const answer = recordOf(j, 'answers', 0);
        answer.teamId = teams.find((t) => t.id !== answer.teamId)?.id;
      }),
    expected: '"teamId" is not the team of the assessment the answer belongs to',
    store: 'answers',
    field: 'teamId',
  },
  {
    name: 'a recorded drill event changed',
    make: setEvent(7, (r) => {
      r.at = Number(r.at) + 1000;
    }),
    expected:
      /^Drill event .+ \(drill run \d+, event \d+\): has the same id as an event of drill .+ different content/u,
    store: 'drillRuns',
  },
  {
    name: 'marks out of order',
    make: freshDrill((e) => {
      const marks = e.filter((event) => event.kind === 'mark');
      eventAt(marks, 2).at = Number(eventAt(marks, 1).at) - 1000;
    }),
    expected: /Acknowledged must come after Detected/u,
    store: 'drillRuns',
    field: 'at',
  },
  {
    name: 'a mark before the start',
    make: freshDrill((e) => {
      eventAt(e, 0).mark = 'detected';
    }),
    expected: 'the mark here should be "start"',
    store: 'drillRuns',
    field: 'mark',
  },
  {
    name: 'a run spread over years',
    make: freshDrill((e) => {
      const last = e.at(-1);
      if (last) {
        last.at = Number(last.at) + 3 * 365 * 86_400_000;
        last.recordedAt = last.at;
      }
    }),
    expected: 'more than a year away from the start',
    field: 'at',
  },
  {
    name: 'a run of thousands of events',
    make: freshDrill((e) => {
      const last = e.at(-1) ?? {};
      const base = { ...last };
      delete base.mark;
      for (let i = 1; i <= 2_500; i++) {
        e.push({
          ...base,
          id: `${NEW_ID.slice(0, -6)}${String(200_000 + i)}`,
          seq: Number(last.seq) + i,
          kind: 'note',
          noteKind: 'observation',
          text: 'Still here',
        });
      }
    }),
    expected: /the drill has 2,\d{3} events, more than the 2,000 any run records/u,
    store: 'drillRuns',
    field: 'drillId',
  },
  {
    name: 'a string of megabytes',
    make: set('teams', 0, (r) => {
      r.name = 'x'.repeat(3_000_000);
    }),
    expected: '"name" is too long: 3,000,000 characters',
    store: 'teams',
    field: 'name',
  },
  {
    name: 'too many services on a drill',
    make: set('drills', 0, (r) => {
      r.serviceIds = Array.from({ length: 5000 }, (_, i) => `s${String(i)}`);
    }),
    expected: '"serviceIds" has too many entries',
    field: 'serviceIds',
  },
  {
    name: '__proto__ in a record',
    make: (v) =>
      v.replace('"teams": [\n      {', '"teams": [\n      {"__proto__": {"admin": true}, '),
    expected: '"__proto__" is a field name no record may have',
    store: 'teams',
  },
  {
    name: 'constructor deep in a record',
    make: set('drills', 1, (r) => {
      // An own, enumerable field, as JSON.parse makes it.
      Object.defineProperty(r.roles, 'constructor', { value: { prototype: 1 }, enumerable: true });
    }),
    expected: '"roles.constructor" is a field name no record may have',
    store: 'drills',
  },
  {
    name: 'prototype at the top',
    make: (v) => v.replace('{\n', '{"prototype": {}, '),
    expected: 'a field named "prototype"',
  },
  {
    name: 'a file of 100 MB',
    make: (v) => v,
    byteLength: 100 * 1024 * 1024,
    expected: 'The file is 100 MB, larger than any backup this app reads',
  },
];
