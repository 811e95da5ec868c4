import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createTestRig, dumpAll } from '../test-support';
import { bytes, edited, recordOf, richRig } from './test-fixtures';

describe('the backup repository', () => {
  it('backs up, previews and restores through the app’s repositories', async () => {
    const source = await richRig();
    const text = await source.repos.backup.export('2.3.4');
    expect(JSON.parse(text)).toMatchObject({ appVersion: '2.3.4' });
    const target = createTestRig();
    const preview = await target.repos.backup.preview(text, bytes(text));
    if (!preview.ok) throw new Error(preview.problem.message);
    expect(preview.source.appVersion).toBe('2.3.4');
    expect(await dumpAll(target.db)).toEqual(await dumpAll(createTestRig().db));
    const committed = await target.repos.backup.commit(preview.plan);
    expect(committed.ok).toBe(true);
    expect(await dumpAll(target.db)).toEqual(await dumpAll(source.db));
  });

  it('gives older records the fields added since, as the app would have', async () => {
    const source = await richRig();
    const text = edited(await source.repos.backup.export('1.0.0'), (json) => {
      const assessment = recordOf(json, 'assessments');
      delete assessment.participants;
      delete assessment.clonedFrom;
      delete recordOf(json, 'answers').evidence;
      const drill = recordOf(json, 'drills');
      delete drill.review;
      delete (drill.roles as Record<string, unknown>).observers;
    });
    const target = createTestRig();
    const preview = await target.repos.backup.preview(text, bytes(text));
    if (!preview.ok) throw new Error(preview.problem.message);
    await target.repos.backup.commit(preview.plan);
    const json = JSON.parse(text) as {
      stores: Record<string, { id: string; updatedAt: number }[]>;
    };
    const assessmentId = json.stores.assessments?.[0]?.id ?? '';
    const answer = json.stores.answers?.[0];
    const drillId = json.stores.drills?.[0]?.id ?? '';
    expect(await target.db.assessments.get(assessmentId)).toMatchObject({
      participants: [],
      clonedFrom: null,
    });
    expect((await target.db.answers.get(answer?.id ?? ''))?.evidence).toEqual({
      text: '',
      links: [],
      drillIds: [],
      updatedAt: answer?.updatedAt,
    });
    const drill = await target.db.drills.get(drillId);
    expect(drill?.review).toBeNull();
    expect(drill?.roles.observers).toEqual([]);
  });

  it('exports the drills of one team, or of every team, as CSV', async () => {
    const rig = await richRig();
    const [team] = (await rig.db.teams.toArray()).sort((a, b) => a.name.localeCompare(b.name));
    if (team === undefined) throw new Error('setup: no team');
    const rowsOf = async (teamId: string | null) =>
      Papa.parse<Record<string, string>>(await rig.repos.backup.drillsCsv(teamId), { header: true })
        .data;
    const mine = await rowsOf(team.id);
    expect(mine.length).toBe(await rig.db.drills.where('teamId').equals(team.id).count());
    expect(new Set(mine.map((row) => row.Team))).toEqual(new Set([team.name]));
    const all = await rowsOf(null);
    expect(all.length).toBe(await rig.db.drills.count());
    const completed = all.filter((row) => row.Status === 'Completed');
    expect(completed.length).toBeGreaterThan(0);
    expect(completed.every((row) => row['Time to detect (minutes)'] !== '')).toBe(true);
  });
});
