// A drill kit for tests (not used by the app): two injects, two hints, a runbook and observer list.
import { EMPTY_DRILL_KIT, type DrillKit } from '../records/drills';

export const KIT: DrillKit = {
  ...EMPTY_DRILL_KIT,
  injectionSteps: ['Stop the primary.'],
  detectionSignal: 'Replica lag alert',
  runbook: ['Check lag', 'Promote the replica', 'Repoint the app'],
  injects: [
    { text: 'Replica lag is 30 s', offsetSeconds: 300, phase: null },
    { text: 'The CFO asks for an update', offsetSeconds: null, phase: 'diagnose' },
    { text: 'Early news', offsetSeconds: 60, phase: null },
  ],
  hints: [
    { text: 'Look at the lag graph', phase: 'detect' },
    { text: 'Ask the DBA', phase: null },
  ],
  observerChecklist: [{ text: 'Incident channel opened', phase: 'acknowledge' }],
  prerequisites: ['Blast radius agreed', 'Rollback ready'],
  stopConditions: ['Customers affected'],
};
