import { FieldError } from './Field';
import { useId } from 'react';

interface RadioGroupProps {
  readonly legend: string;
  readonly name: string;
  readonly value: string;
  readonly options: readonly (readonly [string, string])[];
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}

/** A fieldset of radio buttons with its error read out with the group. */
export function RadioGroup({ legend, name, value, options, onChange, error }: RadioGroupProps) {
  const id = useId();
  return (
    <fieldset
      className="field"
      aria-invalid={error !== undefined}
      aria-describedby={error === undefined ? undefined : `${id}-error`}
    >
      <legend>{legend}</legend>
      <div className="radio-row">
        {options.map(([option, label]) => (
          <label key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => {
                onChange(option);
              }}
            />
            {label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
