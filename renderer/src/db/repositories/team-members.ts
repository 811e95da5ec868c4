// Services and people are the same kind of thing to storage: records that belong to a team, with a
// name unique within it. One implementation keeps their rules (validation inside the transaction
// that reads the siblings, refusal when the team is gone) identical.
import type { Table } from 'dexie';
import type { Named } from '../../domain/teams/team-rules';
import { refuse, type Outcome } from '../../domain/outcome';
import type { Id, Stamped } from '../../domain/records/common';
import type { RepositoryContext } from './context';

export type MemberRecord<V> = Stamped & { readonly teamId: Id } & V;

export interface MemberSpec<Input, V extends { readonly name: string }, F extends string> {
  readonly table: Table<MemberRecord<V>, Id>;
  readonly validate: (
    input: Input,
    siblings: readonly Named[],
    selfId?: Id,
  ) => Outcome<V, 'name' | F>;
  readonly order: (a: MemberRecord<V>, b: MemberRecord<V>) => number;
  /** The form's message when the team was deleted before the add was saved. */
  readonly teamGone: string;
  /** The form's message when the record was deleted before the edit was saved. */
  readonly gone: string;
}

export interface MemberRepository<Input, R, F extends string> {
  listForTeam(teamId: Id): Promise<R[]>;
  add(teamId: Id, input: Input): Promise<Outcome<R, 'name' | F>>;
  update(id: Id, input: Input): Promise<Outcome<R, 'name' | F>>;
  remove(id: Id): Promise<void>;
}

export function createMemberRepository<
  Input,
  V extends { readonly name: string },
  F extends string,
>(
  { db, now, newId }: RepositoryContext,
  spec: MemberSpec<Input, V, F>,
): MemberRepository<Input, MemberRecord<V>, F> {
  type Result = Outcome<MemberRecord<V>, 'name' | F>;
  const { table } = spec;
  const siblingsOf = (teamId: Id) => table.where('teamId').equals(teamId).toArray();

  return {
    listForTeam: async (teamId) => (await siblingsOf(teamId)).sort(spec.order),

    add: (teamId, input) =>
      db.transaction('rw', db.teams, table, async (): Promise<Result> => {
        if (!(await db.teams.get(teamId))) return refuse(spec.teamGone);
        const checked = spec.validate(input, await siblingsOf(teamId));
        if (!checked.ok) return checked;
        const at = now();
        const record: MemberRecord<V> = {
          ...checked.value,
          id: newId(),
          teamId,
          createdAt: at,
          updatedAt: at,
        };
        await table.add(record);
        return { ok: true, value: record };
      }),

    update: (id, input) =>
      db.transaction('rw', table, async (): Promise<Result> => {
        const existing = await table.get(id);
        if (!existing) return refuse(spec.gone);
        const checked = spec.validate(input, await siblingsOf(existing.teamId), id);
        if (!checked.ok) return checked;
        // An unchanged record is not an edit: keeping updatedAt means a backup merge is not misled.
        if (sameValues(existing, checked.value)) return { ok: true, value: existing };
        const updated: MemberRecord<V> = { ...existing, ...checked.value, updatedAt: now() };
        await table.put(updated);
        return { ok: true, value: updated };
      }),

    remove: async (id) => {
      await table.delete(id);
    },
  };
}

function sameValues<V extends object>(existing: V, values: V): boolean {
  return (Object.keys(values) as (keyof V)[]).every((key) => existing[key] === values[key]);
}
