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
  type StoredShape,
} from './common';
import { defineRecordKind } from './define';
import { kitFields, phaseTargetsSchema, type FacilitatorKit, type PhaseTargets } from './drills';
import {
  DEFAULT_PREREQUISITES,
  DEFAULT_ROLE_CARDS,
  DEFAULT_STOP_CONDITIONS,
} from '../words/drill-kit';

export interface ScenarioRecord extends Stamped, FacilitatorKit {
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
  indexes: 'id',
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
      ...kitFields(),
    }),
  // A scenario written before copies were traced was copied from nothing; one written before the
  // facilitator's kit gets the kit a new scenario starts with.
  restore: (stored) =>
    withDefaults(stored, {
      derivedFrom: null,
      injects: [],
      hints: [],
      observerChecklist: [],
      prerequisites: DEFAULT_PREREQUISITES,
      stopConditions: DEFAULT_STOP_CONDITIONS,
      roleCards: DEFAULT_ROLE_CARDS,
    }),
});

/** A stored scenario as the app reads it: one written before the kit gets the kit's defaults. */
export const readScenario = (stored: ScenarioRecord): ScenarioRecord =>
  scenarioKind.restore(stored as unknown as StoredShape) as unknown as ScenarioRecord;
