// /reports/role-cards/:drillId — one card per role of a drill, printed for the room. What each
// card says comes from domain/reports/role-cards.
import '../../../styles/report-drill.css';
import { repos } from '../../../db/app-db';
import type { Id } from '../../../domain/records/common';
import { problem } from '../../../domain/outcome';
import { buildRoleCards, type RoleCardsReport } from '../../../domain/reports/role-cards';
import { defineReportKind } from '../report-kind';
import { MISSING_DRILL_MESSAGE } from './DrillReportPage';

async function load(drillId: Id) {
  const drill = await repos.drills.get(drillId);
  if (drill === undefined) return null;
  return { drill, team: await repos.teams.get(drill.teamId) };
}

function RoleCardsBody({ report }: { readonly report: RoleCardsReport }) {
  return (
    <div className="role-cards">
      {report.cards.map((card) => (
        <section
          key={card.role}
          className="role-card report-keep"
          aria-labelledby={`card-${card.role}`}
        >
          <h2 id={`card-${card.role}`}>{card.title}</h2>
          <p className="role-card-people">{card.people}</p>
          <p>{card.duty}</p>
          {card.lists.map((list) => (
            <div key={list.title}>
              <h3>{list.title}</h3>
              <ul>
                {list.items.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

export const roleCardsReportKind = defineReportKind({
  kindLabel: 'Role cards',
  params: ({ params }) => params.drillId ?? '',
  load,
  model: (loaded) => {
    if (loaded === null) return problem(MISSING_DRILL_MESSAGE);
    return { ok: true, value: buildRoleCards(loaded.drill, loaded.team?.name ?? null) };
  },
  title: ({ loaded, model }) =>
    model?.title ?? (loaded === null ? 'Drill not found' : 'Role cards'),
  fileName: (report) => report.fileName,
  target: (_report, drillId) => ({ kind: 'role-cards', drillId }),
  back: (drillId, { loaded }) =>
    loaded === null
      ? { to: '/drills', label: 'Back to drills' }
      : { to: `/drills/${drillId}`, label: 'Back to the drill' },
  Body: RoleCardsBody,
});
