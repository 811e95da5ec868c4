import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { Scenario } from '../../domain/drills/scenario-rules';
import { PHASE_LABELS } from '../../domain/words/drills';
import { toast } from '../../stores/toast.store';
import { PHASES } from '../../domain/records/drills';

export function ScenariosPage() {
  const scenarios = useLive(() => repos.scenarios.list(), []);
  return (
    <>
      <PageHeader
        title="Scenario library"
        description="Templates for drills. Built-ins stay as they are; edit a copy to make one your own."
        actions={
          <Link className="button primary" to="/drills/scenarios/new">
            New scenario
          </Link>
        }
      />
      <ul className="scenario-list">
        {scenarios?.map((scenario) => (
          <ScenarioCard key={scenario.id} scenario={scenario} />
        ))}
      </ul>
    </>
  );
}

function ScenarioCard({ scenario }: { readonly scenario: Scenario }) {
  const navigate = useNavigate();
  // One way to copy a scenario, built-in or not: the copy opens for editing, since a copy is made
  // to be changed (an untouched copy would only be a second name for the same template).
  const editCopy = async () => {
    const clone = await repos.scenarios.clone(scenario.id);
    if (clone === undefined) {
      toast.error('That scenario is gone, so it could not be copied.');
      return;
    }
    toast.success(`Copied as “${clone.name}”.`);
    void navigate(`/drills/scenarios/${clone.id}`);
  };
  const headingId = `scenario-${scenario.id.replace(/[^a-z0-9-]/giu, '-')}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {scenario.name} {scenario.builtIn && <span className="tier-badge">Built-in</span>}
      </h2>
      <p>{scenario.description}</p>
      <details>
        <summary>Hypothesis, injection, detection, runbook and targets</summary>
        <p>
          <strong>Hypothesis:</strong> {scenario.hypothesis}
        </p>
        <h3>Injection steps</h3>
        <ol>
          {scenario.injectionSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>
          <strong>Expected detection signal:</strong> {scenario.detectionSignal || '—'}
        </p>
        <h3>Runbook checklist</h3>
        <ul>
          {scenario.runbook.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
        <p>
          <strong>Targets:</strong>{' '}
          {PHASES.map((p) => `${PHASE_LABELS[p]} ${scenario.targets[p]} min`).join(' · ')}
        </p>
      </details>
      <div className="button-row">
        {!scenario.builtIn && (
          <Link className="button" to={`/drills/scenarios/${scenario.id}`}>
            Edit
          </Link>
        )}
        <button type="button" className="button" onClick={() => void editCopy()}>
          Edit a copy
        </button>
      </div>
    </li>
  );
}
