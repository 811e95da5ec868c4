// The words of an action item's values, for the lists where its status changes in place, the
// review and gap screens, and the reports. Typed by the value lists of domain/records.
import type { ActionItemSource, ActionItemStatus } from '../records/action-items';

type SourceKind = ActionItemSource['kind'];

/** In the order an item moves through them. */
export const ACTION_ITEM_STATUS_LABELS: Readonly<Record<ActionItemStatus, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
};

/** Where an item came from. */
export const ACTION_ITEM_SOURCE_LABELS: Readonly<Record<SourceKind, string>> = {
  assessment: 'From an assessment',
  drill: 'From a drill review',
  manual: 'Added by hand',
};

/** An action item with no owner, or whose owner has left the team: in forms, lists and reports. */
export const NO_OWNER = 'Unassigned';
