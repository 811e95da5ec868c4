import { describe, expect, it, vi } from 'vitest';
import { createTestRig, createTeams } from './test-support';
import { onDatabaseChange } from './changes';

describe('onDatabaseChange', () => {
  it('tells of each committed write to the database, and of no other', async () => {
    const rig = createTestRig();
    const other = createTestRig();
    const changed = vi.fn();
    const stop = onDatabaseChange(rig.db.name, changed);
    await createTeams(other, 'Elsewhere');
    expect(changed).not.toHaveBeenCalled();
    await createTeams(rig, 'Alpha');
    await vi.waitFor(() => {
      expect(changed).toHaveBeenCalled();
    });
    stop();
    changed.mockClear();
    await createTeams(rig, 'Bravo');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changed).not.toHaveBeenCalled();
  });
});
