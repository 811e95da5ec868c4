// Labels and definitions of the measures the Trends screen draws, reusing the drill measures'
// own definitions so a figure means the same here as on a drill's page.
import { formatMinutes } from '../../components/charts/ChartFrame';
import type { DrillPhaseId } from '../../domain/records/drills';
import { MEASURE_DEFINITIONS, type MeasureId } from '../../domain/drills/measures';
import { PHASE_LABELS } from '../../domain/drills/phases';
import type { SeriesMeasure } from '../../domain/trends/series';

const PHASE_MEASURE: Readonly<Partial<Record<DrillPhaseId, MeasureId>>> = {
  detect: 'timeToDetect',
  acknowledge: 'timeToAcknowledge',
  diagnose: 'timeToDiagnose',
  mitigate: 'timeToMitigate',
};

// The last two phases have no measure of their own on a drill's page.
const EXTRA: Readonly<Partial<Record<DrillPhaseId, string>>> = {
  verify: 'From the fix being applied to the service being verified healthy.',
  close: 'From the service being verified healthy to the wrap-up being finished.',
};

export function measureLabel(measure: SeriesMeasure): string {
  if (measure === 'timeToRecover') return MEASURE_DEFINITIONS.timeToRecover.label;
  return `${PHASE_LABELS[measure]} phase`;
}

export function measureDefinition(measure: SeriesMeasure): string {
  if (measure === 'timeToRecover') return MEASURE_DEFINITIONS.timeToRecover.text;
  const id = PHASE_MEASURE[measure];
  return id === undefined ? (EXTRA[measure] ?? '') : MEASURE_DEFINITIONS[id].text;
}

/** Minutes with a typographic minus, as the comparison's sentence writes a difference. */
export function signedMinutes(value: number): string {
  return formatMinutes(value).replace('-', '−');
}
