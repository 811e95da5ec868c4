// The words of an imported incident's milestones, for the import preview, its notes and the
// incident's page. Typed by the milestone list of domain/incidents.
import type { IncidentMilestoneId } from '../records/incidents';

export const MILESTONE_LABELS: Readonly<Record<IncidentMilestoneId, string>> = {
  impactBegan: 'Impact began',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  diagnosed: 'Diagnosed',
  mitigated: 'Mitigated',
  recovered: 'Recovered',
  closed: 'Closed',
  stakeholdersNotified: 'Stakeholders notified',
};
