import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/DateField';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { TeamRecord } from '../../domain/records/teams';
import type { AssessmentRecord } from '../../domain/records/assessments';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import type { StartField } from '../../domain/maturity/assessment-rules';
import { findModel } from '../../domain/maturity/models';
import { useTeamModel } from './team-model';
import { toast } from '../../stores/toast.store';
import { NeedsTeam } from '../../session/NeedsTeam';
import { useSubmit } from '../../components/use-submit';
import { localToday } from '../../platform/reader';

/** /assessments/new — date, facilitator and participants; then straight into the first category. */
export function StartAssessmentPage() {
  return (
    <>
      <PageHeader
        title="Start an assessment"
        description="Answered against the team’s maturity model."
      />
      <NeedsTeam>{(team) => <StartForm team={team} />}</NeedsTeam>
    </>
  );
}

function StartForm({ team }: { readonly team: TeamRecord }) {
  const navigate = useNavigate();
  const people = useLive(() => repos.people.listForTeam(team.id), [team.id]);
  const [takenOn, setTakenOn] = useState(localToday());
  const [facilitator, setFacilitator] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [independent, setIndependent] = useState(false);
  const { errors, busy, run } = useSubmit<AssessmentRecord, StartField>();
  const teamModel = useTeamModel(team);

  return (
    <form
      noValidate
      aria-label="Start an assessment"
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        const participants = (people ?? [])
          .filter((person) => chosen.has(person.id))
          .map((person) => ({ id: person.id, name: person.name }));
        void run(
          () =>
            repos.assessments.start(team.id, {
              takenOn,
              facilitator,
              participants,
              independentRaters: independent,
            }),
          (assessment) => {
            toast.success('Assessment started. Every answer is saved as you go.');
            const first = findModel(assessment.modelId)?.categories[0]?.id ?? '';
            const rater = assessment.raters[0]?.id ?? AGREED_RATER_ID;
            void navigate(
              assessment.raters.length >= 2
                ? `/assessments/${assessment.id}`
                : `/assessments/${assessment.id}/answer/${rater}/${first}`,
            );
          },
        );
      }}
    >
      <h2>{team.name}</h2>
      {teamModel !== undefined && (
        <p className="muted">
          {teamModel.model === undefined
            ? `The team’s model ${team.modelId} is not in this app: choose another in the team’s settings.`
            : `Model: ${teamModel.model.name} (${teamModel.model.id}), chosen in the team’s settings.`}
        </p>
      )}
      <DateField label="Date" value={takenOn} onChange={setTakenOn} error={errors.takenOn} />
      <TextField
        label="Facilitator"
        value={facilitator}
        onChange={setFacilitator}
        error={errors.facilitator}
        autoFocus
        list="assessment-people"
      />
      <datalist id="assessment-people">
        {people?.map((person) => (
          <option key={person.id} value={person.name} />
        ))}
      </datalist>
      <fieldset
        className="field"
        aria-describedby={errors.participants !== undefined ? 'participants-error' : undefined}
      >
        <legend>Participants</legend>
        {people !== undefined && people.length === 0 && (
          <p className="hint">Add the team’s people on the Teams screen to list them here.</p>
        )}
        <div className="check-list">
          {people?.map((person) => (
            <label key={person.id}>
              <input
                type="checkbox"
                checked={chosen.has(person.id)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(person.id);
                  else next.delete(person.id);
                  setChosen(next);
                }}
              />
              {person.name} <span className="muted">· {person.role}</span>
            </label>
          ))}
        </div>
        {errors.participants !== undefined && (
          <span id="participants-error" className="error">
            {errors.participants}
          </span>
        )}
      </fieldset>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={independent}
            onChange={(event) => {
              setIndependent(event.target.checked);
            }}
          />
          Participants rate independently
        </label>
        <span className="hint">
          Each participant answers alone; you then see where they disagree and record the agreed
          answer, which is the one that scores.
        </span>
      </div>
      <FormActions error={errors.form} submitLabel="Start assessment" busy={busy} />
    </form>
  );
}
