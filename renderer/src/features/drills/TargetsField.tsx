import { FieldError } from '../../components/Field';
import { useId } from 'react';
import { type DrillPhaseId, PHASES } from '../../domain/records/drills';
import { PHASE_LABELS } from '../../domain/words/drills';

interface TargetsFieldProps {
  readonly value: Readonly<Record<DrillPhaseId, string>>;
  readonly onChange: (value: Record<DrillPhaseId, string>) => void;
  readonly error?: string | undefined;
}

/** One minutes field per phase; the check is on the whole set so one message names every phase. */
export function TargetsField({ value, onChange, error }: TargetsFieldProps) {
  const id = useId();
  return (
    <fieldset
      className="targets"
      aria-invalid={error !== undefined}
      aria-describedby={error === undefined ? undefined : `${id}-error`}
    >
      <legend>Target per phase (minutes)</legend>
      <div className="targets-grid">
        {PHASES.map((phase) => (
          <div className="field" key={phase}>
            <label htmlFor={`${id}-${phase}`}>{PHASE_LABELS[phase]}</label>
            <input
              id={`${id}-${phase}`}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={value[phase]}
              onChange={(event) => {
                onChange({ ...value, [phase]: event.target.value });
              }}
            />
          </div>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
