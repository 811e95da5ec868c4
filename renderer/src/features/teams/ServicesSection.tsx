import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { TeamRecord } from '../../domain/records/teams';
import type { ServiceRecord } from '../../domain/records/services';
import { EditableTable, type Column } from '../../components/EditableTable';
import { TIER_LABELS } from '../../domain/words/services';
import { toast } from '../../stores/toast.store';
import { ServiceForm } from './ServiceForm';

const COLUMNS: readonly Column<ServiceRecord>[] = [
  { header: 'Name', cell: (service) => service.name },
  {
    header: 'Tier',
    cell: (service) => (
      <span className={`tier-badge tier-${service.tier}`}>{TIER_LABELS[service.tier]}</span>
    ),
  },
];

export function ServicesSection({ team }: { readonly team: TeamRecord }) {
  const services = useLive(() => repos.services.listForTeam(team.id), [team.id]);
  return (
    <section className="card" aria-labelledby="services-section-heading">
      <h2 id="services-section-heading">Services</h2>
      <p className="muted">
        Tier 1 services are the ones whose failure hurts most; drills and targets start there.
      </p>
      {services !== undefined && services.length === 0 && <p>No services yet.</p>}
      {services !== undefined && services.length > 0 && (
        <EditableTable
          caption={`Services of ${team.name}`}
          noun="service"
          items={services}
          columns={COLUMNS}
          nameOf={(service) => service.name}
          renderEditForm={(service, close) => (
            <ServiceForm
              label={`Edit service ${service.name}`}
              submitLabel="Save"
              initial={service}
              save={(input) => repos.services.update(service.id, input)}
              onSaved={(saved) => {
                close();
                toast.success(`Service “${saved.name}” saved.`);
              }}
              onCancel={close}
            />
          )}
          removeNote={(service) => (
            <p>
              This removes {service.name} from {team.name}.
            </p>
          )}
          onRemove={async (service) => {
            try {
              await repos.services.remove(service.id);
              toast.success(`Service “${service.name}” removed.`);
            } catch {
              toast.error('The service could not be removed. Nothing was changed.');
            }
          }}
        />
      )}
      <h3>Add a service</h3>
      <ServiceForm
        label="Add a service"
        submitLabel="Add service"
        save={(input) => repos.services.add(team.id, input)}
        onSaved={(saved) => {
          toast.success(`Service “${saved.name}” added.`);
        }}
      />
    </section>
  );
}
