import { useEffect } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { CreateTeamForm } from '../../widgets/CreateTeamForm';
import { LoadDemoButton } from '../../widgets/LoadDemoButton';
import { markInteractive } from './interactive-mark';

/** What a new user sees: how the app is organised, and the two ways to begin. */
export function FirstRun() {
  useEffect(markInteractive, []);
  return (
    <>
      <PageHeader
        title="Welcome to MTTR Studio"
        description="Measure how your teams recover from failure, practise it, and get faster."
      />
      <div className="card-grid">
        <section className="card" aria-labelledby="first-team-heading">
          <h2 id="first-team-heading">Start with your team</h2>
          <p>
            Everything here belongs to a team: its services, its people, its maturity assessments
            and its game-day drills. Create the first one; you can add services and people next.
          </p>
          <CreateTeamForm onCreated={() => undefined} autoFocus submitLabel="Create first team" />
        </section>
        <section className="card" aria-labelledby="demo-heading">
          <h2 id="demo-heading">Or explore with sample data</h2>
          <p>
            Load a set of realistic sample teams, with their services and people, to see how the
            screens work before you enter your own. Your data stays on this computer either way.
          </p>
          <LoadDemoButton />
        </section>
      </div>
      <section className="card" aria-labelledby="how-heading">
        <h2 id="how-heading">How it works</h2>
        <ol>
          <li>
            <strong>Assess</strong> — score your team&apos;s recovery maturity on five levels in
            four areas, and set targets.
          </li>
          <li>
            <strong>Drill</strong> — run timed game days with a stopwatch for every recovery phase.
          </li>
          <li>
            <strong>Improve</strong> — follow recovery times and maturity over months, and share
            reports.
          </li>
        </ol>
      </section>
    </>
  );
}
