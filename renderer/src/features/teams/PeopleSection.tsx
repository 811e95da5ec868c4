import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { TeamRecord } from '../../domain/records/teams';
import type { PersonRecord } from '../../domain/records/people';
import { EditableTable, type Column } from '../../components/EditableTable';
import { toast } from '../../stores/toast.store';
import { PersonForm } from './PersonForm';

const COLUMNS: readonly Column<PersonRecord>[] = [
  { header: 'Name', cell: (person) => person.name },
  { header: 'Role', cell: (person) => person.role },
];

export function PeopleSection({ team }: { readonly team: TeamRecord }) {
  const people = useLive(() => repos.people.listForTeam(team.id), [team.id]);
  return (
    <section className="card" aria-labelledby="people-section-heading">
      <h2 id="people-section-heading">People</h2>
      <p className="muted">
        The people who take part in assessments and drills: facilitators, responders, observers.
      </p>
      {people !== undefined && people.length === 0 && <p>No people yet.</p>}
      {people !== undefined && people.length > 0 && (
        <EditableTable
          caption={`People of ${team.name}`}
          noun="person"
          items={people}
          columns={COLUMNS}
          nameOf={(person) => person.name}
          renderEditForm={(person, close) => (
            <PersonForm
              label={`Edit person ${person.name}`}
              submitLabel="Save"
              initial={person}
              save={(input) => repos.people.update(person.id, input)}
              onSaved={(saved) => {
                close();
                toast.success(`${saved.name} saved.`);
              }}
              onCancel={close}
            />
          )}
          removeNote={(person) => (
            <p>
              This removes {person.name} from {team.name}.
            </p>
          )}
          onRemove={async (person) => {
            try {
              await repos.people.remove(person.id);
              toast.success(`${person.name} removed.`);
            } catch {
              toast.error('The person could not be removed. Nothing was changed.');
            }
          }}
        />
      )}
      <h3>Add a person</h3>
      <PersonForm
        label="Add a person"
        submitLabel="Add person"
        save={(input) => repos.people.add(team.id, input)}
        onSaved={(saved) => {
          toast.success(`${saved.name} added.`);
        }}
      />
    </section>
  );
}
