// The phases as chart series, in run order, for the stacked charts of the Trends screen and the
// trend report.
import { PHASE_LABELS } from '../../domain/words/drills';
import { PHASES } from '../../domain/records/drills';

export const PHASE_SERIES = PHASES.map((phase) => ({ key: phase, label: PHASE_LABELS[phase] }));

/** The phases between the fault and verified recovery: closing comes after users are served again. */
export const RECOVERY_SERIES = PHASE_SERIES.filter((series) => series.key !== 'close');
