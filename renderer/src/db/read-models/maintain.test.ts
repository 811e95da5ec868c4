// The read model follows every write, whoever makes it: after each kind of change the stored
// team records equal what the domain computes from the stored records themselves.
import { beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../domain/demo/generate-demo';
import { finalAnswersOf } from '../../domain/maturity/final-answers';
import { incident } from '../../domain/portfolio/test-support';
import { incidentFactOf } from '../../domain/reality/prepare';
import type { Id } from '../../domain/records/common';
import { drillFactOf } from '../../domain/trends/prepare';
import { createTestRig, T0, type TestRig } from '../test-support';
import { createTeamWithService, planInput } from '../repositories/drill-test-support';
import { teamFactsOf, type TeamFactsRecord } from './read-models';

const dataset = generateDemoData({ seed: 7, now: T0 });
const byTeam = (a: TeamFactsRecord, b: TeamFactsRecord) => a.teamId.localeCompare(b.teamId);

/** Every row of the stores facts come from, and the teams. */
async function sourceRows({ db }: TestRig) {
  const [teams, drills, runs, incidents, assessments, answers] = await Promise.all([
    db.teams.toArray(),
    db.drills.toArray(),
    db.drillRuns.toArray(),
    db.incidents.toArray(),
    db.assessments.toArray(),
    db.answers.toArray(),
  ]);
  return { teams, drills, runs, incidents, assessments, answers };
}

/** What the read model must hold: every fact computed again from what is stored now. */
async function recomputed(rig: TestRig): Promise<TeamFactsRecord[]> {
  const { drills, runs, incidents, assessments, answers } = await sourceRows(rig);
  const events = new Map(runs.map((run) => [run.drillId, run.events]));
  return teamFactsOf({
    drills: drills.flatMap((drill) => drillFactOf(drill, events.get(drill.id) ?? [], 0) ?? []),
    incidents: incidents.flatMap((record) => incidentFactOf(record) ?? []),
    finals: assessments.flatMap(
      (assessment) =>
        finalAnswersOf(
          assessment,
          answers.filter((answer) => answer.assessmentId === assessment.id),
        ) ?? [],
    ),
  }).sort(byTeam);
}

async function expectInStep(rig: TestRig): Promise<TeamFactsRecord[]> {
  const stored = (await rig.db.teamFacts.toArray()).sort(byTeam);
  expect(stored).toEqual(await recomputed(rig));
  return stored;
}

const drillCount = (records: readonly TeamFactsRecord[]) =>
  records.reduce((sum, record) => sum + record.drills.length, 0);

describe('the read model', () => {
  let rig: TestRig;
  beforeEach(async () => {
    rig = createTestRig();
    await rig.repos.demo.load(dataset);
  });

  it('holds the demo data’s finished drills, recovered incidents and final assessments', async () => {
    const stored = await expectInStep(rig);
    const finished = dataset.drills.filter((d) => ['completed', 'aborted'].includes(d.status));
    expect(finished.length).toBeGreaterThan(0);
    expect(drillCount(stored)).toBe(finished.length);
    expect(stored.flatMap((record) => record.finals).length).toBeGreaterThan(0);
  });

  describe('a drill run mark by mark', () => {
    let teamId: Id;
    let drillId: Id;
    beforeEach(async () => {
      const made = await createTeamWithService(rig);
      teamId = made.teamId;
      const drill = await rig.repos.drills.plan(teamId, planInput([made.serviceId]));
      if (!drill.ok) throw new Error('setup failed');
      drillId = drill.value.id;
      const prerequisites = (await rig.repos.drills.get(drillId))?.kit.prerequisites ?? [];
      const confirmed = prerequisites.map((prerequisite) => ({ prerequisite, by: 'Ana' }));
      await rig.repos.drillEvents.append(drillId, { kind: 'go', at: T0 - 1, confirmed });
    });
    /** The clock moves with the drill: a time later than the moment it is recorded is refused. */
    const at = (seconds: number) => {
      rig.clock.advance(Math.max(0, T0 + seconds * 1000 - rig.clock.now()));
      return T0 + seconds * 1000;
    };
    const mark = (seconds: number) =>
      rig.repos.drillEvents.append(drillId, { kind: 'mark', at: at(seconds) });

    it('has no fact while it runs, one once it completes, and a new one when corrected', async () => {
      await mark(0);
      await mark(60);
      expect(await rig.db.teamFacts.get(teamId)).toBeUndefined();
      await expectInStep(rig);
      for (const seconds of [120, 300, 600, 900]) await mark(seconds);
      const done = await mark(1500);
      expect(done.ok).toBe(true);
      expect((await rig.repos.drills.get(drillId))?.status).toBe('completed');
      const first = (await rig.db.teamFacts.get(teamId))?.drills.find((d) => d.id === drillId);
      expect(first?.measures.timeToDetect).toBe(60_000);
      await expectInStep(rig);

      const corrected = await rig.repos.drillEvents.append(drillId, {
        kind: 'correct',
        at: at(1600),
        mark: 'detected',
        to: T0 + 30_000,
        reason: 'The alert fired earlier than the scribe wrote',
      });
      expect(corrected.ok).toBe(true);
      const after = (await rig.db.teamFacts.get(teamId))?.drills.find((d) => d.id === drillId);
      expect(after?.measures.timeToDetect).toBe(30_000);
      await expectInStep(rig);
    });

    it('takes the fact out again when the closing mark is undone', async () => {
      for (const seconds of [0, 60, 120, 300, 600, 900, 1500]) await mark(seconds);
      expect((await rig.db.teamFacts.get(teamId))?.drills.map((d) => d.id)).toEqual([drillId]);
      const undone = await rig.repos.drillEvents.append(drillId, { kind: 'undo', at: at(1560) });
      expect(undone.ok).toBe(true);
      expect((await rig.repos.drills.get(drillId))?.status).toBe('running');
      expect(await rig.db.teamFacts.get(teamId)).toBeUndefined();
      await expectInStep(rig);
    });

    it('neither reads nor writes the team’s record for a mark on a running drill', async () => {
      await mark(0);
      // Watches the read model's store from below the middleware that keeps it.
      const touched: string[] = [];
      rig.db.close();
      rig.db.use({
        stack: 'dbcore',
        name: 'TeamFactsWatch',
        level: 1,
        create: (down) => ({
          ...down,
          table(name) {
            const table = down.table(name);
            if (name !== 'teamFacts') return table;
            return {
              ...table,
              get: (request) => {
                touched.push('get');
                return table.get(request);
              },
              getMany: (request) => {
                touched.push('getMany');
                return table.getMany(request);
              },
              mutate: (request) => {
                touched.push(request.type);
                return table.mutate(request);
              },
            };
          },
        }),
      });
      await rig.db.open();
      for (const seconds of [60, 120, 300, 600, 900]) await mark(seconds);
      expect(touched).toEqual([]);
      await mark(1500); // closes the drill: now it has a fact
      expect(touched).toContain('put');
      await expectInStep(rig);
    });

    it('drops a deleted team’s facts and keeps every other team’s', async () => {
      const before = await expectInStep(rig);
      const demoTeam = dataset.teams[0]?.id ?? '';
      expect(before.some((record) => record.teamId === demoTeam)).toBe(true);
      await rig.repos.teams.remove(demoTeam);
      const after = await expectInStep(rig);
      expect(after.some((record) => record.teamId === demoTeam)).toBe(false);
      expect(after).toEqual(before.filter((record) => record.teamId !== demoTeam));
    });
  });

  it('follows incidents written, changed to open and deleted', async () => {
    const teamId = dataset.teams[0]?.id ?? '';
    const records = [
      incident('i-1', teamId, '2024-11-01T10:00:00Z', 40),
      incident('i-2', teamId, '2024-11-02T10:00:00Z', 60),
    ];
    await rig.db.incidents.bulkPut(records);
    let stored = await expectInStep(rig);
    const ids = () => stored.flatMap((record) => record.incidents.map((fact) => fact.id));
    expect(ids()).toEqual(expect.arrayContaining(['i-1', 'i-2']));
    await rig.db.incidents.put({ ...records[0], state: 'open' } as (typeof records)[0]);
    stored = await expectInStep(rig);
    expect(ids()).not.toContain('i-1');
    await rig.db.incidents.delete('i-2');
    stored = await expectInStep(rig);
    expect(ids()).not.toContain('i-2');
  });

  it('keeps a draft assessment out and a final one in, with its agreed answers', async () => {
    const final = dataset.assessments.find((assessment) => assessment.status === 'final');
    if (final === undefined) throw new Error('the demo data has a final assessment');
    const finals = async () =>
      (await rig.db.teamFacts.toArray()).flatMap((record) => record.finals.map((f) => f.id));
    expect(await finals()).toContain(final.id);
    await rig.db.assessments.put({ ...final, status: 'draft', finalisedAt: null });
    await expectInStep(rig);
    expect(await finals()).not.toContain(final.id);
    await rig.db.assessments.put(final);
    await rig.db.answers.where('assessmentId').equals(final.id).limit(1).delete();
    await expectInStep(rig);
    expect(await finals()).toContain(final.id);
  });

  it('writes nothing when the transaction that wrote the records fails', async () => {
    const before = await expectInStep(rig);
    const drill = dataset.drills.find((d) => d.status === 'completed');
    await expect(
      rig.db.transaction('rw', rig.db.drills, async () => {
        await rig.db.drills.delete(drill?.id ?? '');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await rig.db.teamFacts.toArray()).sort(byTeam)).toEqual(before);
  });

  it('computes a fact from the drill as stored, not as a writer changed it without saving', async () => {
    const drill = dataset.drills.find((d) => d.status === 'completed');
    const { db } = rig;
    await db.transaction('rw', [db.drills, db.drillRuns], async () => {
      const read = await db.drills.get(drill?.id ?? '');
      if (read === undefined) throw new Error('setup failed');
      (read as { status: string }).status = 'running'; // changed in memory only
      const run = await db.drillRuns.get(read.id);
      if (run !== undefined) await db.drillRuns.put(run);
    });
    const stored = await expectInStep(rig);
    expect(stored.flatMap((record) => record.drills).some((d) => d.id === drill?.id)).toBe(true);
  });

  it('forgets the drills a transaction read once it clears them', async () => {
    const drill = dataset.drills.find((d) => d.status === 'completed');
    const { db } = rig;
    await db.transaction('rw', [db.drills, db.drillRuns], async () => {
      await db.drills.get(drill?.id ?? '');
      const run = await db.drillRuns.get(drill?.id ?? '');
      await db.drills.clear();
      if (run !== undefined) await db.drillRuns.put(run);
    });
    const stored = await expectInStep(rig);
    expect(drillCount(stored)).toBe(0);
  });

  it('keeps every fact, and writes each team’s record once, when several stores are written at once', async () => {
    const target = createTestRig();
    const written: unknown[] = [];
    // Below the read model: sees every team record it writes.
    target.db.use({
      stack: 'dbcore',
      name: 'CountTeamRecords',
      level: 1,
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'teamFacts') return table;
          return {
            ...table,
            mutate: (request) => {
              if (request.type === 'put')
                written.push(...request.values.map((v: TeamFactsRecord) => v.teamId));
              return table.mutate(request);
            },
          };
        },
      }),
    });
    const { teams, drills, runs, assessments, answers } = await sourceRows(rig);
    const t = target.db;
    await t.transaction(
      'rw',
      [t.teams, t.drills, t.drillRuns, t.assessments, t.answers],
      async () => {
        await Promise.all([
          t.teams.bulkPut(teams),
          t.answers.bulkPut(answers),
          t.drillRuns.bulkPut(runs),
          t.assessments.bulkPut(assessments),
          t.drills.bulkPut(drills),
        ]);
      },
    );
    // Read right after: a write that left the transaction's zone behind would fail here.
    const stored = await expectInStep(target);
    expect(stored).toEqual(await expectInStep(rig));
    expect(stored.length).toBeGreaterThan(1);
    expect(written.sort()).toEqual(stored.map((record) => record.teamId).sort());
  });

  it('keeps the facts of writes asked for with one that failed, when the caller goes on', async () => {
    const target = createTestRig();
    const { teams, drills, runs } = await sourceRows(rig);
    const teamId = teams[0]?.id ?? '';
    const first = incident('i-1', teamId, '2024-11-01T10:00:00Z', 40);
    const second = incident('i-2', teamId, '2024-11-02T10:00:00Z', 60);
    const t = target.db;
    await t.teams.bulkPut(teams);
    const outcome = await t.transaction('rw', [t.drills, t.drillRuns, t.incidents], async () => {
      // Asked for last, so the refused write is the last one acknowledged.
      const [, , , added] = await Promise.all([
        t.drills.bulkPut(drills),
        t.drillRuns.bulkPut(runs),
        t.incidents.bulkPut([first, second]),
        // A value IndexedDB cannot store (a function in it): refused when asked for, and caught,
        // so the transaction goes on.
        t.incidents.put({ ...first, id: 'i-3', notStorable: () => 0 } as typeof first).then(
          () => 'added',
          () => 'refused',
        ),
      ]);
      return added;
    });
    expect(outcome).toBe('refused');
    const stored = await expectInStep(target);
    expect(drillCount(stored)).toBeGreaterThan(0);
    expect(stored.flatMap((record) => record.incidents.map((fact) => fact.id)).sort()).toEqual([
      'i-1',
      'i-2',
    ]);
  });

  it('rebuilds from what is left when a store is cleared', async () => {
    await rig.db.drills.clear();
    const stored = await expectInStep(rig);
    expect(drillCount(stored)).toBe(0);
    expect(stored.flatMap((record) => record.finals).length).toBeGreaterThan(0);
  });

  it('is what the Trends read returns, measured as the full read measures', async () => {
    const measured = await rig.repos.trends.measured(null);
    const stored = await expectInStep(rig);
    expect(measured.drills).toEqual(stored.flatMap((record) => record.drills));
    expect(measured.incidents).toEqual(stored.flatMap((record) => record.incidents));
    const full = await rig.repos.trends.load(null);
    expect([...measured.answersByAssessment.keys()].sort()).toEqual(
      full.assessments.map((assessment) => assessment.id).sort(),
    );
    for (const [id, answers] of measured.answersByAssessment) {
      expect(answers).toEqual(full.answersByAssessment.get(id));
    }
  });
});
