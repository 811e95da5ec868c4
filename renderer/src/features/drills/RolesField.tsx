import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../domain/outcome';

export interface RolesText {
  readonly facilitator: string;
  readonly incidentCommander: string;
  readonly scribe: string;
  /** Comma-separated names. */
  readonly responders: string;
  readonly observers: string;
}

type RoleKey = keyof RolesText;

const ROLE_FIELDS: readonly { key: RoleKey; label: string; hint?: string; people: boolean }[] = [
  { key: 'facilitator', label: 'Facilitator', people: true },
  { key: 'incidentCommander', label: 'Incident commander', people: true },
  { key: 'scribe', label: 'Scribe', people: true },
  {
    key: 'responders',
    label: 'Responders',
    hint: 'Names separated by commas; people from other teams are fine.',
    people: true,
  },
  { key: 'observers', label: 'Observers', hint: 'Optional, separated by commas.', people: false },
];

interface RolesFieldProps {
  readonly value: RolesText;
  readonly onChange: (value: RolesText) => void;
  readonly people: readonly { readonly name: string }[];
  readonly errors: FieldErrors<RoleKey>;
}

/** Who does what in the drill: the team's people are suggested, any name is accepted. */
export function RolesField({ value, onChange, people, errors }: RolesFieldProps) {
  return (
    <fieldset className="roles">
      <legend>Roles</legend>
      <datalist id="team-people">
        {people.map((person) => (
          <option key={person.name} value={person.name} />
        ))}
      </datalist>
      {ROLE_FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          hint={field.hint}
          list={field.people ? 'team-people' : undefined}
          value={value[field.key]}
          onChange={(text) => {
            onChange({ ...value, [field.key]: text });
          }}
          error={errors[field.key]}
        />
      ))}
    </fieldset>
  );
}
