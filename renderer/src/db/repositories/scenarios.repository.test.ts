import { beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../domain/drills/builtin-scenarios';
import { toInput } from '../../domain/drills/scenario-rules';
import { createTestRig, dumpAll, type TestRig } from '../test-support';

const INSTANCE_DOWN = BUILT_IN_SCENARIOS[0] as (typeof BUILT_IN_SCENARIOS)[number];

describe('scenarios repository', () => {
  let rig: TestRig;
  beforeEach(() => {
    rig = createTestRig();
  });

  it('lists the built-ins before the user’s own', async () => {
    await rig.repos.scenarios.create({ ...toInput(INSTANCE_DOWN), name: 'Zone outage' });
    const listed = await rig.repos.scenarios.list();
    expect(listed).toHaveLength(BUILT_IN_SCENARIOS.length + 1);
    expect(listed.at(-1)).toMatchObject({ name: 'Zone outage', builtIn: false, derivedFrom: null });
    expect(listed[0]).toMatchObject({ id: 'builtin:instance-down', builtIn: true });
  });

  it('never edits a built-in in place', async () => {
    const before = await dumpAll(rig.db);
    const result = await rig.repos.scenarios.update(INSTANCE_DOWN.id, toInput(INSTANCE_DOWN));
    expect(result).toEqual({
      ok: false,
      errors: { form: 'Built-in scenarios are not edited; edit a copy.' },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('clones a built-in into an editable copy that remembers its source', async () => {
    const copy = await rig.repos.scenarios.clone(INSTANCE_DOWN.id);
    expect(copy).toMatchObject({
      name: 'Instance down with a paging alert (copy)',
      builtIn: false,
      derivedFrom: INSTANCE_DOWN.id,
      runbook: INSTANCE_DOWN.runbook,
    });
    if (copy === undefined) throw new Error('no copy');
    const edited = await rig.repos.scenarios.update(copy.id, {
      ...toInput(copy),
      name: 'Our instance down',
      injectionSteps: 'Kill it\n\n Watch ',
    });
    expect(edited.ok && [edited.value.name, edited.value.injectionSteps]).toEqual([
      'Our instance down',
      ['Kill it', 'Watch'],
    ]);
    expect((await rig.repos.scenarios.get(INSTANCE_DOWN.id))?.name).toBe(INSTANCE_DOWN.name);
  });

  it('validates a new scenario and writes nothing when it is wrong', async () => {
    const result = await rig.repos.scenarios.create({ ...toInput(INSTANCE_DOWN), name: '' });
    expect(result).toEqual({ ok: false, errors: { name: 'Give the scenario a name.' } });
    expect(await rig.db.scenarios.count()).toBe(0);
  });
});
