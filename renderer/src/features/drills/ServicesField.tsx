import { FieldError } from '../../components/Field';
import { useId } from 'react';

interface ServicesFieldProps {
  readonly services: readonly { readonly id: string; readonly name: string }[];
  readonly value: readonly string[];
  readonly onChange: (value: readonly string[]) => void;
  readonly error?: string | undefined;
}

/** The team's services as checkboxes: a multi-select that works the same with keyboard and mouse. */
export function ServicesField({ services, value, onChange, error }: ServicesFieldProps) {
  const id = useId();
  return (
    <fieldset
      className="field"
      aria-invalid={error !== undefined}
      aria-describedby={error === undefined ? undefined : `${id}-error`}
    >
      <legend>Services involved</legend>
      {services.length === 0 && (
        <p className="muted">This team has no services yet; add them on Teams.</p>
      )}
      <div className="radio-row">
        {services.map((service) => (
          <label key={service.id}>
            <input
              type="checkbox"
              checked={value.includes(service.id)}
              onChange={(event) => {
                onChange(
                  event.target.checked
                    ? [...value, service.id]
                    : value.filter((v) => v !== service.id),
                );
              }}
            />
            {service.name}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
