// The demo data generator: runs its sections in order, each with a random stream forked from the
// seed by the section's name. Append new sections at the end of DEMO_SECTIONS.
import type { EpochMs } from '../records/common';
import { createRandom } from '../random';
import { EMPTY_DEMO_DATASET, mergeDemoData, type DemoDataset, type DemoSection } from './dataset';
import { assessmentsSection } from './assessments-section';
import { teamsSection } from './teams-section';
import { drillsSection } from './drills-section';
import { upcomingDrillsSection } from './upcoming-drills-section';

export const DEMO_SECTIONS: readonly DemoSection[] = [
  teamsSection,
  assessmentsSection,
  drillsSection,
  upcomingDrillsSection,
];

export interface DemoOptions {
  readonly seed: number;
  readonly now: EpochMs;
}

export function generateDemoData({ seed, now }: DemoOptions): DemoDataset {
  const root = createRandom(seed);
  return DEMO_SECTIONS.reduce(
    (soFar, section) =>
      mergeDemoData(soFar, section.generate({ now, random: root.fork(section.name) }, soFar)),
    EMPTY_DEMO_DATASET,
  );
}
