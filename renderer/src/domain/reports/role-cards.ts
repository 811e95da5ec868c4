// A drill's role cards for the room: one card per role, saying who holds it, what the role does
// in this drill (the scenario's card, copied into the drill when planned), and what that role
// needs at hand. Injects stay on the facilitator's card: responders must not read them ahead.
import type { DrillRecord, RoleId } from '../records/drills';
import { ROLES } from '../records/drills';
import { formatIsoDate } from '../dates/format';
import { PHASE_LABELS } from '../words/drills';
import { ROLE_LABELS, hintWhenText, injectDueText } from '../words/drill-kit';
import { reportFileName } from './file-name';

export interface RoleCard {
  readonly role: RoleId;
  readonly title: string;
  /** Who holds the role, or "Not named". */
  readonly people: string;
  readonly duty: string;
  /** What the role needs at hand, as titled lists. */
  readonly lists: readonly { readonly title: string; readonly items: readonly string[] }[];
}

export interface RoleCardsReport {
  readonly title: string;
  readonly fileName: string;
  readonly cards: readonly RoleCard[];
}

function peopleOf(drill: DrillRecord, role: RoleId): string {
  const value = drill.roles[role];
  const names = typeof value === 'string' ? [value] : value;
  const named = names.filter((name) => name !== '');
  return named.length === 0 ? 'Not named' : named.join(', ');
}

function listsOf(drill: DrillRecord, role: RoleId): RoleCard['lists'] {
  const { kit } = drill;
  const stops = { title: 'Stop conditions', items: kit.stopConditions };
  switch (role) {
    case 'facilitator':
      return [
        { title: 'Injection steps', items: kit.injectionSteps },
        { title: 'Injects', items: kit.injects.map((i) => `${injectDueText(i)}: ${i.text}`) },
        { title: 'Hints', items: kit.hints.map((h) => `${hintWhenText(h.phase)}: ${h.text}`) },
        stops,
      ];
    case 'incidentCommander':
      return [{ title: 'Runbook', items: kit.runbook }, stops];
    case 'scribe':
      return [
        {
          title: 'Write down',
          items: ['Decisions', 'Actions', 'Hypotheses', 'Who was told what, and when'],
        },
      ];
    case 'responders':
      return [{ title: 'Runbook', items: kit.runbook }];
    case 'observers':
      return [
        {
          title: 'Expected actions to tick',
          items: kit.observerChecklist.map((item) => `${PHASE_LABELS[item.phase]}: ${item.text}`),
        },
      ];
  }
}

export function buildRoleCards(drill: DrillRecord, teamName: string | null): RoleCardsReport {
  const team = teamName ?? 'Unknown team';
  return {
    title: `${team} — ${drill.title}, ${formatIsoDate(drill.plannedFor)}: role cards`,
    fileName: reportFileName('role-cards', [team, drill.title], drill.plannedFor),
    cards: ROLES.map((role) => ({
      role,
      title: ROLE_LABELS[role],
      people: peopleOf(drill, role),
      duty: drill.kit.roleCards[role] || 'No card was written for this role.',
      lists: listsOf(drill, role).filter((list) => list.items.length > 0),
    })),
  };
}
