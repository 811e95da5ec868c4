// The built-in scenario library. Built-ins live in code, not in the database, so an app update can
// improve them; a team that wants different wording or targets edits a copy, never the original.
import type { ScenarioRecord } from '../records/scenarios';
import type { FacilitatorKit } from '../records/drills';
import {
  DEFAULT_PREREQUISITES,
  DEFAULT_ROLE_CARDS,
  DEFAULT_STOP_CONDITIONS,
} from '../words/drill-kit';

export type ScenarioTemplate = Omit<
  ScenarioRecord,
  'id' | 'createdAt' | 'updatedAt' | 'derivedFrom'
>;

export interface BuiltInScenario extends ScenarioTemplate {
  readonly id: `builtin:${string}`;
}

/** The kit a scenario starts with: the default go / no-go, stop conditions and role cards. */
export const DEFAULT_KIT: FacilitatorKit = {
  injects: [],
  hints: [],
  observerChecklist: [],
  prerequisites: DEFAULT_PREREQUISITES,
  stopConditions: DEFAULT_STOP_CONDITIONS,
  roleCards: DEFAULT_ROLE_CARDS,
};

type Written = Omit<BuiltInScenario, keyof FacilitatorKit> & Partial<FacilitatorKit>;

const WRITTEN: readonly Written[] = [
  {
    id: 'builtin:instance-down',
    name: 'Instance down with a paging alert',
    description:
      'One instance of a service stops answering. The load balancer should route around it and the on-call engineer should be paged.',
    hypothesis:
      'When one instance stops, the paging alert fires within 3 minutes and on-call restores full capacity within 20 minutes.',
    injectionSteps: [
      'Pick one instance behind the load balancer and note its id.',
      'Stop the process (or the VM) without draining it first.',
      'Start the clock as the process exits.',
    ],
    detectionSignal: 'Health-check failures on the load balancer and a page to the on-call rota.',
    runbook: [
      'Confirm which instance is unhealthy and that traffic has moved away from it.',
      'Check error rates and latency of the remaining instances.',
      'Replace or restart the instance.',
      'Watch the health check turn green and capacity return to normal.',
    ],
    targets: { detect: 3, acknowledge: 5, diagnose: 5, mitigate: 10, verify: 5, close: 10 },
    injects: [
      {
        text: 'Tell responders a customer reports slow checkouts.',
        offsetSeconds: 300,
        phase: null,
      },
      {
        text: 'Tell the incident commander the load balancer shows one target unhealthy.',
        offsetSeconds: null,
        phase: 'diagnose',
      },
    ],
    hints: [
      { text: 'Look at the load balancer’s target health page.', phase: 'detect' },
      { text: 'Compare the instance list with the autoscaling group.', phase: 'diagnose' },
    ],
    observerChecklist: [
      { text: 'The page is acknowledged in the incident channel.', phase: 'acknowledge' },
      { text: 'Someone names the unhealthy instance aloud.', phase: 'diagnose' },
      { text: 'Capacity is checked before the incident is called over.', phase: 'verify' },
    ],
  },
  {
    id: 'builtin:bad-deploy',
    name: 'Bad deploy rolled back (blue-green or canary)',
    description:
      'A release with a defect reaches production. The team has to notice the regression and roll back by switching colour or aborting the canary.',
    hypothesis:
      'When a faulty release ships, error-rate alerts catch it within 5 minutes and a rollback restores service within 15.',
    injectionSteps: [
      'Build a release that fails a share of requests (for example a feature flag that throws).',
      'Deploy it through the normal pipeline to the canary or the idle colour.',
      'Shift traffic as a normal release would; start the clock as traffic moves.',
    ],
    detectionSignal: 'Error-rate or latency alert on the new version; canary analysis failing.',
    runbook: [
      'Compare the new version’s error rate with the previous one.',
      'Stop the rollout or switch traffic back to the last good colour.',
      'Confirm the old version serves all traffic and errors are back to baseline.',
      'Block the bad build from being redeployed.',
    ],
    targets: { detect: 5, acknowledge: 3, diagnose: 10, mitigate: 5, verify: 10, close: 10 },
  },
  {
    id: 'builtin:database-failover',
    name: 'Database primary failover',
    description:
      'The primary database becomes unavailable. A replica must be promoted and the applications must reconnect to it.',
    hypothesis:
      'When the primary fails, automatic failover promotes a replica within 2 minutes and applications recover within 10.',
    injectionSteps: [
      'Confirm replicas are in sync and a recent backup exists.',
      'Stop or isolate the primary database node.',
      'Start the clock when the primary stops accepting connections.',
    ],
    detectionSignal: 'Connection errors in application logs and a database availability alert.',
    runbook: [
      'Check replication status and pick the most up-to-date replica.',
      'Promote it (or confirm automatic promotion happened).',
      'Point the connection endpoint at the new primary.',
      'Check applications reconnect and write successfully.',
      'Plan how the old primary rejoins as a replica.',
    ],
    targets: { detect: 2, acknowledge: 3, diagnose: 5, mitigate: 10, verify: 10, close: 15 },
  },
  {
    id: 'builtin:kubernetes-node-loss',
    name: 'Kubernetes node loss',
    description:
      'A worker node disappears. Pods should be rescheduled elsewhere, and anything pinned to that node exposes a single point of failure.',
    hypothesis:
      'When a node is lost, its workloads are rescheduled and healthy within 10 minutes with no user-visible errors.',
    injectionSteps: [
      'Choose a node that runs replicas of the service under test.',
      'Drain-free shutdown: stop the node (or its kubelet) abruptly.',
      'Start the clock as the node stops reporting.',
    ],
    detectionSignal: 'Node NotReady, pods pending or restarting, and an alert on reduced replicas.',
    runbook: [
      'List pods that were on the node and where they went.',
      'Check for pods stuck pending (resources, affinity, volumes).',
      'Add capacity or relax scheduling constraints if needed.',
      'Confirm replica counts and service health are back to normal.',
    ],
    targets: { detect: 5, acknowledge: 5, diagnose: 10, mitigate: 10, verify: 10, close: 10 },
  },
  {
    id: 'builtin:dependency-latency',
    name: 'Slow downstream dependency',
    description:
      'A service the team depends on starts answering slowly. Timeouts, retries and circuit breakers decide whether this becomes an outage.',
    hypothesis:
      'When a dependency slows to 2 seconds per call, our timeouts hold, we degrade gracefully and we spot the cause within 10 minutes.',
    injectionSteps: [
      'Add latency between the service and one dependency (proxy or fault-injection tool).',
      'Raise it to a level that exceeds the service’s timeout.',
      'Start the clock when the latency is applied.',
    ],
    detectionSignal: 'Rising latency percentiles, timeouts in traces, an SLO burn-rate alert.',
    runbook: [
      'Find which dependency is slow from traces or client metrics.',
      'Check that timeouts and circuit breakers behave as designed.',
      'Switch to a fallback or shed non-essential calls.',
      'Confirm latency returns to normal once the fault is removed.',
    ],
    targets: { detect: 5, acknowledge: 5, diagnose: 15, mitigate: 10, verify: 10, close: 10 },
  },
  {
    id: 'builtin:urgent-security-patch',
    name: 'Urgent security patch',
    description:
      'A critical vulnerability is announced in a component the service uses. The team must patch and roll out under time pressure without breaking production.',
    hypothesis:
      'When a critical vulnerability lands, we know which services are exposed within 30 minutes and have the patch in production within 4 hours.',
    injectionSteps: [
      'Announce a (fictional) critical advisory for a library or base image the team uses.',
      'Give the advisory to the on-call engineer as a security team would.',
      'Start the clock when the advisory is handed over.',
    ],
    detectionSignal: 'The advisory itself, or a dependency scanner flagging the component.',
    runbook: [
      'Find every service and image that contains the component.',
      'Decide the order of patching by exposure and tier.',
      'Build, test and roll out the patched version.',
      'Confirm the scanner reports no vulnerable versions left.',
    ],
    targets: { detect: 15, acknowledge: 15, diagnose: 30, mitigate: 120, verify: 30, close: 30 },
  },
  {
    id: 'builtin:leaked-credential',
    name: 'Leaked credential rotation',
    description:
      'An API key or database password is found somewhere public. It has to be revoked and replaced everywhere it is used, without an outage.',
    hypothesis:
      'When a credential leaks, we revoke it and have every consumer on a new secret within 60 minutes, with no failed requests.',
    injectionSteps: [
      'Choose a real but low-risk credential (or a dedicated test one) used by the service.',
      'Report it as leaked, for example through a mock secret-scanning alert.',
      'Start the clock when the report arrives.',
    ],
    detectionSignal: 'A secret-scanning alert or a report from outside the team.',
    runbook: [
      'Identify where the credential is used and who owns it.',
      'Issue a new credential and store it in the secret manager.',
      'Roll the new secret out to every consumer.',
      'Revoke the old credential and watch for failures.',
      'Check audit logs for use of the old credential.',
    ],
    targets: { detect: 10, acknowledge: 10, diagnose: 15, mitigate: 30, verify: 15, close: 20 },
  },
  {
    id: 'builtin:ransomware-restore',
    name: 'Restore from backups after ransomware-style encryption',
    description:
      'A data store is treated as encrypted by an attacker and cannot be trusted. The team restores it from backups into clean infrastructure.',
    hypothesis:
      'When a data store is lost to encryption, we restore it from an untouched backup within 4 hours and lose no more than 1 hour of data.',
    injectionSteps: [
      'Pick a non-production copy of a real data store, or a store the team can afford to lose.',
      'Declare it encrypted: revoke access to it and to the hosts that use it.',
      'Start the clock at the declaration.',
    ],
    detectionSignal: 'Integrity or availability alerts, or a declaration by the security team.',
    runbook: [
      'Isolate affected hosts and credentials.',
      'Find the latest backup taken before the compromise and check it is intact.',
      'Restore into clean infrastructure.',
      'Verify the data (row counts, checksums, application smoke tests).',
      'Record how much data was lost against the recovery point objective.',
    ],
    targets: { detect: 15, acknowledge: 10, diagnose: 30, mitigate: 180, verify: 30, close: 30 },
  },
];

export const BUILT_IN_SCENARIOS: readonly BuiltInScenario[] = WRITTEN.map((scenario) => ({
  ...DEFAULT_KIT,
  ...scenario,
}));

export function isBuiltInId(id: string): boolean {
  return id.startsWith('builtin:');
}

export function findBuiltIn(id: string): BuiltInScenario | undefined {
  return BUILT_IN_SCENARIOS.find((scenario) => scenario.id === id);
}
