import type { MatchedService } from '../../domain/incidents/incident-list';

/** An incident's services: the team's by name, and each name no service of the team has, marked. */
export function ServiceNames({ services }: { readonly services: readonly MatchedService[] }) {
  if (services.length === 0) return <span className="muted">none named</span>;
  return (
    <ul className="service-names">
      {services.map(({ name, service }) => (
        <li key={name}>
          {service === null ? (
            <>
              {name} <span className="unmatched">(not a service of this team)</span>
            </>
          ) : (
            service.name
          )}
        </li>
      ))}
    </ul>
  );
}
