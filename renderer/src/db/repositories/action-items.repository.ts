// Action items of a team. Validation (owner on the team, real due date) runs inside the
// transaction that reads the team's people, so an owner removed meanwhile cannot be assigned.
import {
  compareActionItems,
  validateActionItemInput,
  type ActionItemField,
  type ActionItemInput,
} from '../../domain/action-items/action-item-rules';
import { refuse, type Outcome } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import type { ActionItemRecord, ActionItemSource } from '../../domain/records/action-items';
import type { RepositoryContext } from './context';

export interface NewActionItem extends Omit<ActionItemInput, 'status'> {
  readonly status?: ActionItemInput['status'];
  readonly source: ActionItemSource;
}

type Saved = Outcome<ActionItemRecord, ActionItemField>;

export interface ActionItemsRepository {
  listForTeam(teamId: Id): Promise<ActionItemRecord[]>;
  listForSource(kind: 'assessment' | 'drill', sourceId: Id): Promise<ActionItemRecord[]>;
  create(teamId: Id, input: NewActionItem): Promise<Saved>;
  update(id: Id, input: ActionItemInput): Promise<Saved>;
  remove(id: Id): Promise<void>;
}

export function createActionItemsRepository({
  db,
  now,
  newId,
}: RepositoryContext): ActionItemsRepository {
  const peopleOf = async (teamId: Id) =>
    (await db.people.where('teamId').equals(teamId).toArray()).map((person) => person.id);

  return {
    listForTeam: async (teamId) =>
      (await db.actionItems.where('teamId').equals(teamId).toArray()).sort(compareActionItems),

    listForSource: async (kind, sourceId) =>
      (
        await db.actionItems
          .filter((item) => item.source.kind === kind && item.source.id === sourceId)
          .toArray()
      ).sort(compareActionItems),

    create: (teamId, input) =>
      db.transaction('rw', db.teams, db.people, db.actionItems, async (): Promise<Saved> => {
        if (!(await db.teams.get(teamId)))
          return refuse('This team has been deleted, so the action item can’t be added.');
        const checked = validateActionItemInput(
          { ...input, status: input.status ?? 'open' },
          await peopleOf(teamId),
        );
        if (!checked.ok) return checked;
        const at = now();
        const record: ActionItemRecord = {
          ...checked.value,
          id: newId(),
          teamId,
          source: input.source,
          createdAt: at,
          updatedAt: at,
        };
        await db.actionItems.add(record);
        return { ok: true, value: record };
      }),

    update: (id, input) =>
      db.transaction('rw', db.people, db.actionItems, async (): Promise<Saved> => {
        const existing = await db.actionItems.get(id);
        if (!existing) return refuse('This action item has been deleted.');
        const checked = validateActionItemInput(input, await peopleOf(existing.teamId));
        if (!checked.ok) return checked;
        const { title, ownerId, due, status } = checked.value;
        const unchanged =
          existing.title === title &&
          existing.ownerId === ownerId &&
          existing.due === due &&
          existing.status === status;
        if (unchanged) return { ok: true, value: existing };
        const updated: ActionItemRecord = { ...existing, ...checked.value, updatedAt: now() };
        await db.actionItems.put(updated);
        return { ok: true, value: updated };
      }),

    remove: async (id) => {
      await db.actionItems.delete(id);
    },
  };
}
