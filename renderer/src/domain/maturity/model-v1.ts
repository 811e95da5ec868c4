// The recovery maturity model, version 1. Written for MTTR Studio: the five levels follow the usual
// CMMI staging, and every criterion is phrased so a team can check it against something it can
// show. Never edit a criterion's meaning or id once released: old assessments are read against it.
// A changed model is a new file (model-v2.ts) registered beside this one.
import { DEFAULT_ANSWER_SCALE } from './answer-scale';
import type { MaturityModel } from './model-types';

export const MODEL_V1: MaturityModel = {
  id: 'mttr-maturity@1',
  name: 'MTTR recovery maturity, version 1',
  levels: [
    { level: 1, name: 'Initial' },
    { level: 2, name: 'Managed' },
    { level: 3, name: 'Defined' },
    { level: 4, name: 'Quantitatively managed' },
    { level: 5, name: 'Optimising' },
  ],
  answerScale: DEFAULT_ANSWER_SCALE,
  categories: [
    {
      id: 'people',
      name: 'People & Culture',
      initial: 'Recovery depends on one or two experts and a lot of late-night improvisation.',
      levels: [
        {
          level: 2,
          description:
            'What was done to recover gets written down, and knowledge starts to spread.',
          criteria: [
            {
              id: 'people.2.recovery-notes',
              text: 'After a significant incident, someone writes down the steps that restored service.',
              guidance:
                'Notes, tickets or wiki pages from recent incidents that record what was done to recover, not only that service came back.',
            },
            {
              id: 'people.2.two-responders',
              text: 'At least two people in the team can restore each tier-1 service.',
              guidance:
                'Names per tier-1 service, and ideally a recent incident or drill in which someone other than the usual expert led the recovery.',
            },
            {
              id: 'people.2.contact-known',
              text: 'Everyone knows whom to contact when a service the team owns fails out of hours.',
              guidance:
                'A published rota or contact list that a new joiner can find in under a minute.',
            },
          ],
        },
        {
          level: 3,
          description: 'Incidents run with agreed roles and a known way to escalate.',
          criteria: [
            {
              id: 'people.3.roles',
              text: 'During an incident the team names who holds each role: incident commander, communications, responders.',
              guidance:
                'Incident channels or records naming the role holders, and a short written description of each role.',
            },
            {
              id: 'people.3.escalation',
              text: 'Escalation paths are written down and followed: responders know when, and to whom, to hand an incident up.',
              guidance:
                'An escalation policy with time-based triggers, and recent incidents in which it was used.',
            },
            {
              id: 'people.3.onboarding',
              text: 'New on-call engineers shadow shifts and practise a recovery before they carry the pager alone.',
              guidance:
                'An on-call onboarding checklist with shadowing and a practice recovery, completed by the latest joiners.',
            },
          ],
        },
        {
          level: 4,
          description:
            'The team steers its own improvement with recovery data and on-call feedback.',
          criteria: [
            {
              id: 'people.4.trend-review',
              text: 'At least once a quarter the team reviews its recovery-time trend and chooses improvements from it.',
              guidance: 'Notes or slides from the review showing the trend and the actions chosen.',
            },
            {
              id: 'people.4.oncall-feedback',
              text: 'Feedback on on-call load is collected after every rotation and leads to changes.',
              guidance:
                'Hand-over notes or survey results (pages per shift, night pages, stress) and a change made because of them.',
            },
          ],
        },
        {
          level: 5,
          description: 'Failure is rehearsed on purpose, and lessons travel across teams.',
          criteria: [
            {
              id: 'people.5.game-days',
              text: 'The team runs a game day or chaos experiment at least every quarter, covering its critical failure modes.',
              guidance:
                'Drill records from the last two quarters with a hypothesis and an outcome for each.',
              drillRule: { kind: 'drills-per-quarter', count: 1, quarters: 2 },
            },
            {
              id: 'people.5.learning-shared',
              text: 'Lessons from incidents and drills are shared beyond the team, and lessons from other teams are adopted.',
              guidance:
                'A write-up presented at an engineering forum, or a change made because of another team’s incident.',
            },
            {
              id: 'people.5.blameless',
              text: 'Reviews are blameless in practice: people report their own mistakes and near-misses early.',
              guidance:
                'Reviews that discuss contributing factors and system fixes rather than individuals; near-misses reported voluntarily.',
            },
          ],
        },
      ],
    },
    {
      id: 'process',
      name: 'Process & Governance',
      initial: 'Incident response is informal, and every incident is handled differently.',
      levels: [
        {
          level: 2,
          description:
            'Major incidents are recorded and reviewed, even if each team does it its own way.',
          criteria: [
            {
              id: 'process.2.review-held',
              text: 'A post-incident review is held for every high-severity incident.',
              guidance: 'The last few SEV1 and SEV2 incidents, each with a linked review.',
              drillRule: {
                kind: 'reviews-held',
                severities: ['SEV1', 'SEV2'],
                share: 1,
                withinDays: 182,
              },
              incidentRule: {
                kind: 'incident-reviews-held',
                severities: ['SEV1', 'SEV2'],
                share: 1,
                withinDays: 182,
              },
            },
            {
              id: 'process.2.incident-log',
              text: 'Incidents are recorded in one place with start time, impact and resolution.',
              guidance: 'An incident log or tracker with complete entries for the last quarter.',
            },
          ],
        },
        {
          level: 3,
          description: 'Standard runbooks and rollback procedures exist and are kept current.',
          criteria: [
            {
              id: 'process.3.runbooks',
              text: 'Every paging alert links to a runbook with concrete recovery steps.',
              guidance:
                'Pick five paging alerts at random: each links to a runbook a responder could follow at 3 a.m.',
            },
            {
              id: 'process.3.runbooks-owned',
              text: 'Every runbook has an owner and has been reviewed in the last six months.',
              guidance: 'Runbook pages that show an owner and a recent review date.',
            },
            {
              id: 'process.3.rollback',
              text: 'Every production deployment has a documented and tested way back (rollback, blue-green switch or canary abort).',
              guidance:
                'The rollback procedure of each service, and a recent incident or drill in which it was used.',
            },
          ],
        },
        {
          level: 4,
          description:
            'Reviews are structured around timing data, and their actions are tracked to completion.',
          criteria: [
            {
              id: 'process.4.review-timings',
              text: 'Reviews follow one template that includes a timeline and the time spent in each recovery phase.',
              guidance: 'Recent reviews with detection, diagnosis and mitigation times filled in.',
            },
            {
              id: 'process.4.actions-tracked',
              text: 'Every review action has an owner and a due date, and completion is tracked.',
              guidance: 'An action tracker showing what share of review actions closed on time.',
            },
            {
              id: 'process.4.runbook-usage',
              text: 'The team knows what share of incidents were resolved by following a runbook.',
              guidance: 'A runbook-usage rate for the last quarter, from incidents or drills.',
              drillRule: { kind: 'runbook-usage-known', minDrills: 3, withinDays: 91 },
            },
          ],
        },
        {
          level: 5,
          description: 'Recovery is part of continuous improvement and resilience planning.',
          criteria: [
            {
              id: 'process.5.roadmap',
              text: 'Resilience work found in reviews and drills is planned on the roadmap next to feature work.',
              guidance: 'Roadmap items that cite an incident or a drill as their reason.',
            },
            {
              id: 'process.5.process-revised',
              text: 'The incident process itself is revised at least once a year, based on what reviews revealed.',
              guidance: 'A change history of the incident process with the reason for each change.',
            },
          ],
        },
      ],
    },
    {
      id: 'technology',
      name: 'Technology & Tools',
      initial: 'There is no dedicated tooling for alerting, recovery or tracking recovery time.',
      levels: [
        {
          level: 2,
          description: 'Alerting and dashboards exist, though they are not used consistently.',
          criteria: [
            {
              id: 'technology.2.symptom-alerts',
              text: 'Every tier-1 service alerts automatically on symptoms users would notice (errors, latency).',
              guidance:
                'Alert definitions for each tier-1 service based on error rate or latency, not only on CPU or memory.',
            },
            {
              id: 'technology.2.dashboards',
              text: 'Each service has a dashboard that responders actually open during incidents.',
              guidance: 'Dashboard links, and recent incident channels in which they were used.',
            },
          ],
        },
        {
          level: 3,
          description:
            'On-call rotas, alert routing and monitoring are in place for every service.',
          criteria: [
            {
              id: 'technology.3.routing',
              text: 'Alerts are routed to the owning team’s on-call person through a paging tool with a rota.',
              guidance: 'Routing rules, and a rota with no uncovered hours in the last month.',
            },
            {
              id: 'technology.3.actionable-pages',
              text: 'Paging alerts are actionable: noisy or duplicate alerts are fixed or removed within a sprint.',
              guidance:
                'Alerts tuned or removed recently, and pages per week holding steady or falling.',
            },
            {
              id: 'technology.3.one-step-rollback',
              text: 'Anyone on call can roll back a bad deployment in one step.',
              guidance:
                'The rollback command or button, and a drill or incident in which it was used.',
            },
          ],
        },
        {
          level: 4,
          description: 'Automation enriches alerts and performs the common recovery actions.',
          criteria: [
            {
              id: 'technology.4.enrichment',
              text: 'Alerts arrive with context attached: recent deployments, dashboard links and the runbook.',
              guidance: 'A sample page showing the attached context.',
            },
            {
              id: 'technology.4.automated-actions',
              text: 'Common recovery actions (restart, failover, scale out, rollback) run from a single command.',
              guidance:
                'The scripts or chat-ops commands, and incidents or drills in which they were used.',
            },
          ],
        },
        {
          level: 5,
          description: 'Failures are detected early and many are repaired without a human.',
          criteria: [
            {
              id: 'technology.5.self-healing',
              text: 'Known failure modes are repaired automatically, without paging anyone.',
              guidance:
                'Records of automatic remediation: health-check restarts, automatic failover, automatic canary aborts.',
            },
            {
              id: 'technology.5.proactive-detection',
              text: 'Problems are usually caught before users notice, by synthetic checks or anomaly detection.',
              guidance: 'The share of recent incidents whose first signal was a proactive check.',
            },
            {
              id: 'technology.5.fault-injection',
              text: 'Fault-injection tooling exists, has guardrails, and is used against production-like environments.',
              guidance: 'The tool, its safety limits, and experiments run with it recently.',
            },
          ],
        },
      ],
    },
    {
      id: 'measurement',
      name: 'Measurement & Metrics',
      initial: 'Recovery time is not measured, so nobody can say how long outages last.',
      levels: [
        {
          level: 2,
          description: 'Recovery time is tracked by hand for the incidents that hurt most.',
          criteria: [
            {
              id: 'measurement.2.manual-times',
              text: 'Start and recovery times are recorded for every high-impact incident.',
              guidance:
                'Incident records with both times for every SEV1 and SEV2 of the last quarter.',
              incidentRule: {
                kind: 'incident-times-recorded',
                severities: ['SEV1', 'SEV2'],
                withinDays: 91,
                minIncidents: 1,
              },
            },
            {
              id: 'measurement.2.impact',
              text: 'The customer impact of major incidents is estimated: who was affected, and for how long.',
              guidance: 'Impact statements in recent incident records.',
            },
          ],
        },
        {
          level: 3,
          description:
            'Recovery time is captured and reported across services with one definition.',
          criteria: [
            {
              id: 'measurement.3.every-tier-1',
              text: 'Recovery time is measured for every tier-1 service.',
              guidance:
                'A recovery-time figure per tier-1 service from incidents or drills of the last 90 days.',
              drillRule: { kind: 'tier1-recovery-measured', withinDays: 90 },
              incidentRule: { kind: 'incident-tier1-recovery-measured', withinDays: 90 },
            },
            {
              id: 'measurement.3.one-definition',
              text: 'Recovery time is reported regularly, using one written definition (for example from detection to recovery).',
              guidance: 'A recurring report or page that states how recovery time is measured.',
            },
          ],
        },
        {
          level: 4,
          description:
            'Every recovery phase is measured, with dashboards and service level objectives.',
          criteria: [
            {
              id: 'measurement.4.phases',
              text: 'Time to detect, acknowledge, diagnose and mitigate are measured separately.',
              guidance: 'Phase timings per incident or drill, and which phase takes longest.',
              drillRule: { kind: 'phases-measured', minDrills: 2, withinDays: 91 },
              incidentRule: { kind: 'incident-phases-measured', minIncidents: 2, withinDays: 91 },
            },
            {
              id: 'measurement.4.slos',
              text: 'Tier-1 services have SLOs, and error-budget burn is visible on a dashboard.',
              guidance: 'The SLO definitions and the error-budget dashboard.',
            },
            {
              id: 'measurement.4.honest-statistics',
              text: 'Recovery time is reported as median and 90th percentile with the number of incidents, not as a mean alone.',
              guidance: 'A report showing median, p90 and n side by side.',
            },
          ],
        },
        {
          level: 5,
          description: 'Recovery data steers architecture and shows improvement year on year.',
          criteria: [
            {
              id: 'measurement.5.investment',
              text: 'Recovery-time trends are cited in architecture and investment decisions.',
              guidance: 'Design documents or investment cases that use recovery data as a reason.',
            },
            {
              id: 'measurement.5.year-on-year',
              text: 'Median recovery time improves year on year, and the team can show it.',
              guidance: 'A year-on-year comparison of median recovery time with sample sizes.',
              drillRule: { kind: 'recovery-median-improved', periodDays: 365 },
              incidentRule: { kind: 'incident-median-improved', periodDays: 365 },
            },
          ],
        },
      ],
    },
  ],
};
