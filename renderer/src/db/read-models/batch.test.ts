import { describe, expect, it } from 'vitest';
import { changedRecords, newBatch, noteWrite, recomputed, takeWork } from './batch';
import type { TeamFactsRecord } from './read-models';

const fact = (id: string, teamId: string) => ({ id, teamId }) as never;

function record(teamId: string, drills: string[], incidents: string[] = []): TeamFactsRecord {
  return {
    teamId,
    drills: drills.map((id) => fact(id, teamId)),
    incidents: incidents.map((id) => fact(id, teamId)),
    finals: [],
  };
}

const ids = (facts: readonly { id: string }[]) => facts.map((f) => f.id);

describe('a batch of writes', () => {
  it('gathers the keys of each kind, the stores written and the deleted rows’ teams', () => {
    const batch = newBatch();
    noteWrite(batch, 'drills', 'drills', ['d1', 'd2'], []);
    noteWrite(batch, 'drills', 'drillRuns', ['d2', 'd3'], ['t9']);
    noteWrite(batch, 'incidents', 'incidents', ['i1'], []);
    const drills = batch.dirty.get('drills');
    expect([...(drills?.keys ?? [])]).toEqual(['d1', 'd2', 'd3']);
    expect([...(drills?.sources ?? [])]).toEqual(['drills', 'drillRuns']);
    expect([...(drills?.deletedTeams ?? [])]).toEqual(['t9']);
    expect([...batch.dirty.keys()]).toEqual(['drills', 'incidents']);
  });

  it('notes nothing for a write that touched no key and deleted nothing', () => {
    const batch = newBatch();
    noteWrite(batch, 'finals', 'answers', [], []);
    expect(batch.dirty.size).toBe(0);
  });

  it('hands over its work once, and a rebuild stands for the keys of its kind', () => {
    const batch = newBatch();
    noteWrite(batch, 'drills', 'drills', ['d1'], []);
    noteWrite(batch, 'incidents', 'incidents', ['i1'], []);
    batch.rebuild.add('drills');
    const work = takeWork(batch);
    expect(work.rebuilds).toEqual(['drills']);
    expect(work.dirty.map(([kind]) => kind)).toEqual(['incidents']);
    expect(takeWork(batch)).toEqual({ rebuilds: [], dirty: [] });
  });
});

describe('recomputed facts', () => {
  it('groups the facts by team and names every team that may change', () => {
    const batch = newBatch();
    noteWrite(batch, 'drills', 'drills', ['d1', 'd2', 'd3'], ['t3']);
    const dirty = batch.dirty.get('drills');
    if (dirty === undefined) throw new Error('nothing noted');
    const done = recomputed('drills', dirty, [fact('d1', 't1'), fact('d3', 't1')], ['t1', 't2']);
    expect([...done.ids]).toEqual(['d1', 'd2', 'd3']);
    expect(ids(done.byTeam.get('t1') ?? [])).toEqual(['d1', 'd3']);
    expect(done.byTeam.has('t2')).toBe(false);
    expect([...done.teams].sort()).toEqual(['t1', 't2', 't3']);
  });
});

describe('changed team records', () => {
  const drillsOf = (keys: string[], facts: ReturnType<typeof fact>[], teams: string[]) => {
    const batch = newBatch();
    noteWrite(batch, 'drills', 'drills', keys, []);
    const dirty = batch.dirty.get('drills');
    if (dirty === undefined) throw new Error('nothing noted');
    return recomputed('drills', dirty, facts, teams);
  };

  it('writes each team once with every kind’s new facts in it', () => {
    const drills = drillsOf(['d2'], [fact('d2', 't1')], ['t1']);
    const batch = newBatch();
    noteWrite(batch, 'incidents', 'incidents', ['i2'], []);
    const dirty = batch.dirty.get('incidents');
    if (dirty === undefined) throw new Error('nothing noted');
    const incidents = recomputed('incidents', dirty, [fact('i2', 't1')], ['t1']);
    const latest = new Map([['t1', record('t1', ['d1'], ['i1'])]]);
    const changed = changedRecords([drills, incidents], (teamId) => latest.get(teamId));
    expect(changed).toHaveLength(1);
    expect(ids(changed[0]?.drills ?? [])).toEqual(['d1', 'd2']);
    expect(ids(changed[0]?.incidents ?? [])).toEqual(['i1', 'i2']);
  });

  it('takes out the facts of keys that have none now, and keeps the others', () => {
    const latest = new Map([['t1', record('t1', ['d1', 'd2'])]]);
    const changed = changedRecords([drillsOf(['d2'], [], ['t1'])], (id) => latest.get(id));
    expect(ids(changed[0]?.drills ?? [])).toEqual(['d1']);
  });

  it('leaves alone a team whose keys had no fact and have none', () => {
    const latest = new Map([['t1', record('t1', ['d1'])]]);
    expect(changedRecords([drillsOf(['d9'], [], ['t1'])], (id) => latest.get(id))).toEqual([]);
  });

  it('starts a record for a team that had none', () => {
    const changed = changedRecords([drillsOf(['d1'], [fact('d1', 't2')], ['t2'])], () => undefined);
    expect(changed.map((r) => r.teamId)).toEqual(['t2']);
    expect(ids(changed[0]?.drills ?? [])).toEqual(['d1']);
  });
});
