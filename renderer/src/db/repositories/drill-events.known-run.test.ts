// The mark built from the run this window last committed (drill-events.repository.ts): it is
// written in the same requests that read the stored records again, and kept only when they are
// what it was built from. Another window's writes in between are never written over.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Id } from '../../domain/records/common';
import { openDatabase, type MttrDatabase } from '../database';
import { createRepositories, type Repositories } from '../index';
import { createTestRig, T0, type TestRig } from '../test-support';
import { createTeamWithService, planInput } from './drill-test-support';

describe('a mark built from the known run', () => {
  let rig: TestRig;
  let drillId: Id;
  // A second window: its own connection to the same database, its own repositories.
  let other: MttrDatabase;
  let otherRepos: Repositories;

  beforeEach(async () => {
    rig = createTestRig();
    const seeded = await createTeamWithService(rig);
    const drill = await rig.repos.drills.plan(seeded.teamId, planInput([seeded.serviceId]));
    if (!drill.ok) throw new Error('setup failed');
    drillId = drill.value.id;
    const backend = {
      indexedDB: rig.db._options.indexedDB,
      IDBKeyRange: rig.db._options.IDBKeyRange,
    };
    other = openDatabase(rig.db.name, backend as Parameters<typeof openDatabase>[1]);
    otherRepos = createRepositories(other, rig.clock);
    rig.clock.advance(600_000); // every mark below is pressed by the time it is written
  });

  afterEach(() => {
    other.close();
  });

  const mark = (seconds: number, repos = rig.repos) =>
    repos.drillEvents.append(drillId, { kind: 'mark', at: T0 + seconds * 1000 });
  const stored = async () => (await rig.db.drillRuns.get(drillId))?.events ?? [];

  /** In which order the next append asks to write the run and learns what is stored. */
  async function orderOfNextMark(seconds: number): Promise<string[]> {
    const order: string[] = [];
    const get = rig.db.drillRuns.get.bind(rig.db.drillRuns);
    const put = rig.db.drillRuns.put.bind(rig.db.drillRuns);
    const gets = vi.spyOn(rig.db.drillRuns, 'get').mockImplementation(((key: Id) =>
      get(key).then((run) => {
        order.push('run read');
        return run;
      })) as never);
    const puts = vi.spyOn(rig.db.drillRuns, 'put').mockImplementation(((run: never) => {
      order.push('run write asked');
      return put(run);
    }) as never);
    try {
      expect((await mark(seconds)).ok).toBe(true);
    } finally {
      gets.mockRestore();
      puts.mockRestore();
    }
    return order;
  }

  it('asks to write the run before its read comes back, once this window has committed one', async () => {
    expect(await orderOfNextMark(0)).toEqual(['run read', 'run write asked']);
    expect(await orderOfNextMark(60)).toEqual(['run write asked', 'run read']);
    expect((await stored()).map((event) => event.seq)).toEqual([0, 1]);
  });

  it('builds the mark again when another window marked in between, and loses neither', async () => {
    await mark(0);
    const theirs = await mark(60, otherRepos);
    const ours = await mark(120);
    if (!theirs.ok || !ours.ok) throw new Error('a mark was refused');
    expect(ours.value).toMatchObject({ seq: 2, mark: 'acknowledged' });
    expect((await stored()).map((event) => event.id)).toEqual([
      expect.any(String),
      theirs.value.id,
      ours.value.id,
    ]);
    // And the window that built again goes on from what it found.
    expect(await orderOfNextMark(180)).toEqual(['run write asked', 'run read']);
  });

  it('undoes its write when the drill was deleted in between, and says so', async () => {
    await mark(0);
    await other.transaction('rw', [other.drills, other.drillRuns], async () => {
      await other.drills.delete(drillId);
      await other.drillRuns.delete(drillId);
    });
    expect(await mark(60)).toEqual({
      ok: false,
      errors: { form: 'This drill has been deleted.' },
    });
    expect(await rig.db.drillRuns.get(drillId)).toBeUndefined();
    expect(await rig.db.drills.get(drillId)).toBeUndefined();
  });

  it('keeps another window’s change to the drill when a mark changes its status', async () => {
    await mark(0);
    await other.drills.update(drillId, { title: 'Failover, renamed' });
    for (let i = 1; i <= 6; i++) expect((await mark(i * 60)).ok).toBe(true);
    expect(await rig.db.drills.get(drillId)).toMatchObject({
      title: 'Failover, renamed',
      status: 'completed',
    });
  });

  it('asks the stored run when the known one refuses: another window undid the last mark', async () => {
    for (let i = 0; i <= 6; i++) await mark(i * 60);
    expect((await rig.db.drills.get(drillId))?.status).toBe('completed');
    await otherRepos.drillEvents.append(drillId, { kind: 'undo', at: T0 + 420_000 });
    // The known run is complete and would refuse a seventh mark; the stored one takes it.
    const again = await mark(430);
    expect(again.ok && again.value).toMatchObject({ mark: 'closed', seq: 8 });
    expect((await rig.db.drills.get(drillId))?.status).toBe('completed');
  });
});
