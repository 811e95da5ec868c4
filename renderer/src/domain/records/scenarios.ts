// A user's own scenario templates. Built-in templates live in code and are never stored.
import * as z from 'zod/mini';
import {
  requiredName,
  scenarioRef,
  listOf,
  longText,
  stampedFields,
  withDefaults,
  type Stamped,
} from './common';
import { defineRecordKind } from './define';
import { phaseTargetsSchema, type PhaseTargets } from './drills';

export interface ScenarioRecord extends Stamped {
  readonly name: string;
  /** The built-in or user template this one was copied from, if any. */
  readonly derivedFrom: string | null;
  readonly description: string;
  /** A sentence with the team's expectation, e.g. "we detect within 5 minutes". */
  readonly hypothesis: string;
  readonly injectionSteps: readonly string[];
  readonly detectionSignal: string;
  readonly runbook: readonly string[];
  readonly targets: PhaseTargets;
}

export const scenarioKind = defineRecordKind<ScenarioRecord>()({
  store: 'scenarios',
  label: { one: 'Scenario', all: 'Own scenarios' },
  key: 'id',
  indexes: 'id, name, updatedAt',
  owners: {},
  schema: () =>
    z.strictObject({
      ...stampedFields(),
      name: requiredName(),
      derivedFrom: z.nullable(scenarioRef()),
      description: longText(),
      hypothesis: longText(),
      injectionSteps: listOf(longText()),
      detectionSignal: longText(),
      runbook: listOf(longText()),
      targets: phaseTargetsSchema(),
    }),
  // A scenario written before copies were traced was copied from nothing.
  restore: (stored) => withDefaults(stored, { derivedFrom: null }),
});
