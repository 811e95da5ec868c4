// Section "assessments": a quarterly maturity assessment for every demo team over the demo history,
// final and agreed, plus a target per category. Each team has a hidden "capability" per category
// that grows quarter by quarter at its own pace; one setback (a reorganisation, a key person
// leaving) knocks one category back for a quarter or two, so the history is believable rather
// than a straight line. Answers follow from how far a criterion's level is above the capability.
import type { EpochMs } from '../records/common';
import type { TeamRecord } from '../records/teams';
import type { PersonRecord } from '../records/people';
import type { AssessmentRecord } from '../records/assessments';
import { AGREED_RATER_ID, type AnswerRecord, type AnswerValue } from '../records/answers';
import type { TargetRecord } from '../records/targets';
import { MODEL_V1 } from '../maturity/model-v1';
import { scoreAssessment } from '../maturity/scoring';
import type { Random } from '../random';
import { DAY_MS, DEMO_HISTORY_DAYS, type DemoSection } from './dataset';

const QUARTERS = 6;
const QUARTER_DAYS = 91;

const EVIDENCE_NOTES: readonly string[] = [
  'Checked in the quarterly operations review.',
  'Seen in the last two incident write-ups.',
  'Shown on the team dashboard during the session.',
  'Confirmed by the on-call hand-over notes.',
  'Walked through live with the facilitator.',
];

/** Criteria a team may honestly mark not applicable, with its reason. */
const NOT_APPLICABLE: Readonly<Record<string, { criterionId: string; reason: string }>> = {
  'Data Pipelines': {
    criterionId: 'technology.3.one-step-rollback',
    reason: 'Pipelines are re-run from the last good checkpoint rather than rolled back.',
  },
};

export const assessmentsSection: DemoSection = {
  name: 'assessments',
  generate: ({ now, random }, soFar) => {
    const parts = soFar.teams.map((team) =>
      generateTeam(
        team,
        soFar.people.filter((person) => person.teamId === team.id),
        random,
        now,
      ),
    );
    return {
      assessments: parts.flatMap((part) => part.assessments),
      answers: parts.flatMap((part) => part.answers),
      targets: parts.flatMap((part) => part.targets),
    };
  },
};

interface TeamPart {
  readonly assessments: AssessmentRecord[];
  readonly answers: AnswerRecord[];
  readonly targets: TargetRecord[];
}

function generateTeam(
  team: TeamRecord,
  people: readonly PersonRecord[],
  random: Random,
  now: EpochMs,
): TeamPart {
  const start = MODEL_V1.categories.map(() => 1.4 + random.float() * 0.9);
  const pace = MODEL_V1.categories.map(() => 0.15 + random.float() * 0.3);
  // Fixed per criterion: some practices come easier to this team than others.
  const ease = new Map(
    MODEL_V1.categories.flatMap((category) =>
      category.levels.flatMap((level) =>
        level.criteria.map((criterion) => [criterion.id, (random.float() - 0.5) * 0.6] as const),
      ),
    ),
  );
  const setback = { category: random.int(0, 3), quarter: random.int(2, QUARTERS - 2) };
  const participants = people.slice(0, 3).map((person) => ({ id: person.id, name: person.name }));
  const facilitator = people[1]?.name ?? people[0]?.name ?? 'Facilitator';
  const na = NOT_APPLICABLE[team.name];
  const part: TeamPart = { assessments: [], answers: [], targets: [] };

  for (let quarter = 0; quarter < QUARTERS; quarter += 1) {
    const day = now - (DEMO_HISTORY_DAYS - 20 - quarter * QUARTER_DAYS) * DAY_MS;
    const createdAt = day - (day % DAY_MS) + 9 * 3_600_000 + random.int(0, 3 * 3_600_000);
    const assessment: AssessmentRecord = {
      id: random.uuid(),
      teamId: team.id,
      modelId: MODEL_V1.id,
      status: 'final',
      takenOn: new Date(createdAt).toISOString().slice(0, 10),
      facilitator,
      participants,
      raters: [],
      finalisedAt: createdAt + 2 * 3_600_000,
      clonedFrom: part.assessments.at(-1)?.id ?? null,
      createdAt,
      updatedAt: createdAt + 2 * 3_600_000,
    };
    part.assessments.push(assessment);
    MODEL_V1.categories.forEach((category, index) => {
      const dip =
        index === setback.category && quarter >= setback.quarter
          ? 0.7 - 0.35 * (quarter - setback.quarter)
          : 0;
      const capability = (start[index] ?? 1.5) + (pace[index] ?? 0.2) * quarter - Math.max(0, dip);
      for (const level of category.levels) {
        for (const criterion of level.criteria) {
          const slack = capability - level.level + 1 + (ease.get(criterion.id) ?? 0);
          const value =
            na?.criterionId === criterion.id
              ? 'na'
              : answerFor(slack + (random.float() - 0.5) * 0.3);
          part.answers.push({
            id: random.uuid(),
            assessmentId: assessment.id,
            teamId: team.id,
            raterId: AGREED_RATER_ID,
            criterionId: criterion.id,
            value,
            naReason: value === 'na' ? (na?.reason ?? '') : '',
            evidence: {
              text: value === 'yes' && random.float() < 0.4 ? random.pick(EVIDENCE_NOTES) : '',
              links: [],
              drillIds: [],
              updatedAt: createdAt,
            },
            createdAt,
            updatedAt: createdAt,
          });
        }
      }
    });
  }
  part.targets.push(...targetsFor(team, part, random));
  return part;
}

function answerFor(slack: number): AnswerValue {
  if (slack >= 0.85) return 'yes';
  if (slack >= 0.5) return 'mostly';
  if (slack >= 0.2) return 'partly';
  return 'no';
}

/** One level above where the latest assessment put each category (never above 5). */
function targetsFor(team: TeamRecord, part: TeamPart, random: Random): TargetRecord[] {
  const latest = part.assessments.at(-1);
  if (!latest) return [];
  const result = scoreAssessment(
    MODEL_V1,
    part.answers.filter((answer) => answer.assessmentId === latest.id),
  );
  const at = latest.updatedAt + DAY_MS;
  return result.categories.map((category) => ({
    id: random.uuid(),
    teamId: team.id,
    categoryId: category.categoryId,
    level: Math.min(5, category.level + 1),
    createdAt: at,
    updatedAt: at,
  }));
}
