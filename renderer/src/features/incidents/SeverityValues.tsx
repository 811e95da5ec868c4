import { SelectField } from '../../components/SelectField';
import { SEVERITIES, type Severity } from '../../domain/records/drills';
import { countOf } from '../../domain/text/plural';

interface SeverityValuesProps {
  /** The values no mapping knows, with how many records carry each. */
  readonly unknown: readonly { readonly value: string; readonly records: number }[];
  readonly chosen: Readonly<Record<string, Severity>>;
  readonly onChange: (chosen: Record<string, Severity>) => void;
  readonly onApply: () => void;
}

/**
 * The severity values the file uses that the tool's preset does not know ("critical", "Sev 0"):
 * the records carrying them are refused until the user says what each means, never guessed.
 */
export function SeverityValues({ unknown, chosen, onChange, onApply }: SeverityValuesProps) {
  if (unknown.length === 0) return null;
  return (
    <section className="card" aria-labelledby="severity-values-heading">
      <h2 id="severity-values-heading">Severity values the app does not know</h2>
      <p className="muted">
        Records with these values are refused until you say what each one means.
      </p>
      <div className="mapping-grid">
        {unknown.map(({ value, records }) => (
          <SelectField
            key={value}
            label={`“${value}” (${countOf(records, 'record', 'records')})`}
            value={chosen[value] ?? ''}
            onChange={(severity) => {
              onChange(
                Object.fromEntries(
                  Object.entries({ ...chosen, [value]: severity }).filter(
                    (entry): entry is [string, Severity] => entry[1] !== '',
                  ),
                ),
              );
            }}
            options={[['', 'Refuse these records'], ...SEVERITIES.map((s) => [s, s] as const)]}
          />
        ))}
      </div>
      <button type="button" className="button" onClick={onApply}>
        Read the file again with these severities
      </button>
    </section>
  );
}
