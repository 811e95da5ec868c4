// The demo data set and the contract of its generator sections. The set grows by appending
// sections (teams now; assessments and drills later), each drawing from its own random stream,
// so a new section never changes what the sections before it produce.
import type { EpochMs } from '../records/common';
import type { TeamRecord } from '../records/teams';
import type { ServiceRecord } from '../records/services';
import type { PersonRecord } from '../records/people';
import type { AssessmentRecord } from '../records/assessments';
import type { AnswerRecord } from '../records/answers';
import type { TargetRecord } from '../records/targets';
import type { DrillRecord } from '../records/drills';
import type { DrillEventRecord } from '../records/drill-events';
import type { ActionItemRecord } from '../records/action-items';
import type { Random } from '../random';

/** Every key is the name of the store its records are written to. */
export interface DemoDataset {
  readonly teams: readonly TeamRecord[];
  readonly services: readonly ServiceRecord[];
  readonly people: readonly PersonRecord[];
  readonly assessments: readonly AssessmentRecord[];
  readonly answers: readonly AnswerRecord[];
  readonly targets: readonly TargetRecord[];
  readonly drills: readonly DrillRecord[];
  readonly drillEvents: readonly DrillEventRecord[];
  readonly actionItems: readonly ActionItemRecord[];
}

export interface DemoContext {
  /** The moment the data is generated for; every timestamp is at or before it. */
  readonly now: EpochMs;
  /** This section's own stream. */
  readonly random: Random;
}

export interface DemoSection {
  /** Also the label of the section's random stream: renaming a section changes its output. */
  readonly name: string;
  readonly generate: (context: DemoContext, soFar: DemoDataset) => Partial<DemoDataset>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** How far back the demo history reaches; teams exist before it starts. */
export const DEMO_HISTORY_DAYS = 548;

export const EMPTY_DEMO_DATASET: DemoDataset = {
  teams: [],
  services: [],
  people: [],
  assessments: [],
  answers: [],
  targets: [],
  drills: [],
  drillEvents: [],
  actionItems: [],
};

export const DEMO_STORES = Object.keys(EMPTY_DEMO_DATASET) as readonly (keyof DemoDataset)[];

/** Appends a section's records to what the earlier sections produced. */
export function mergeDemoData(soFar: DemoDataset, added: Partial<DemoDataset>): DemoDataset {
  const merged: Record<string, readonly unknown[]> = {};
  for (const store of DEMO_STORES) merged[store] = [...soFar[store], ...(added[store] ?? [])];
  return merged as unknown as DemoDataset;
}
