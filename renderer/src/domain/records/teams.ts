// Teams: the owner of almost every other record (deleting a team deletes what it owns).
import * as z from 'zod/mini';
import { requiredName, stampedFields, withDefaults, type Stamped } from './common';
import { defineRecordKind } from './define';

export interface TeamRecord extends Stamped {
  readonly name: string;
  /**
   * True for a sample team the demo data loaded: it, and everything it owns, is what "Remove
   * sample data" deletes. Set when the team is made and never changed, so what is sample data is
   * decided by a field rather than guessed from a name the user may have reused or edited.
   */
  readonly demo: boolean;
}

export const teamKind = defineRecordKind<TeamRecord>()({
  store: 'teams',
  label: { one: 'Team', all: 'Teams' },
  key: 'id',
  indexes: 'id, name, updatedAt',
  owners: {},
  schema: () => z.strictObject({ ...stampedFields(), name: requiredName(), demo: z.boolean() }),
  // A team stored before teams were marked is the user's own: removing sample data must never
  // delete what the user may have recorded, so an unmarked team is never taken for a sample one.
  restore: (stored) => withDefaults(stored, { demo: false }),
});
