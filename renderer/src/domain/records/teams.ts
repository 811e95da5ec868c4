// Teams: the owner of almost every other record (deleting a team deletes what it owns).
import * as z from 'zod/mini';
import { idText, requiredName, stampedFields, withDefaults, type Stamped } from './common';
import { defineRecordKind } from './define';
import { DEFAULT_MODEL } from '../maturity/models';

export interface TeamRecord extends Stamped {
  readonly name: string;
  /**
   * True for a sample team the demo data loaded: it, and everything it owns, is what "Remove
   * sample data" deletes. Set when the team is made and never changed, so what is sample data is
   * decided by a field rather than guessed from a name the user may have reused or edited.
   */
  readonly demo: boolean;
  /**
   * The maturity model the team's new assessments are taken on: the built-in model's id or an
   * imported one's (`acme-recovery@2`). Each assessment keeps the id it was taken with.
   */
  readonly modelId: string;
}

export const teamKind = defineRecordKind<TeamRecord>()({
  store: 'teams',
  label: { one: 'Team', all: 'Teams' },
  key: 'id',
  indexes: 'id',
  owners: {},
  schema: () =>
    z.strictObject({
      ...stampedFields(),
      name: requiredName(),
      demo: z.boolean(),
      modelId: idText(),
    }),
  // A team stored before teams were marked is the user's own: removing sample data must never
  // delete what the user may have recorded, so an unmarked team is never taken for a sample one.
  // A team stored before models could be chosen uses the built-in one, as it always did.
  restore: (stored) => withDefaults(stored, { demo: false, modelId: DEFAULT_MODEL.id }),
});
