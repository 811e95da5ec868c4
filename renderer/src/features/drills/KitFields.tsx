import type { FieldErrors } from '../../domain/outcome';
import { ROLES, type RoleId } from '../../domain/records/drills';
import type { ScenarioField } from '../../domain/drills/scenario-rules';
import type { KitText } from '../../domain/drills/scenario-form';
import { ROLE_LABELS } from '../../domain/words/drill-kit';
import { TextArea } from '../../components/TextArea';
import { fieldSetter } from '../../components/field-setter';

interface KitFieldsProps {
  readonly value: KitText;
  readonly onChange: (value: KitText) => void;
  readonly errors: FieldErrors<ScenarioField>;
}

/** The facilitator's kit of a scenario, one item per line, as kit-text.ts reads it. */
export function KitFields({ value, onChange, errors }: KitFieldsProps) {
  const set = fieldSetter(value, onChange);
  const setCard = (role: RoleId) => (text: string) => {
    set('roleCards')({ ...value.roleCards, [role]: text });
  };
  return (
    <fieldset className="field kit-fields">
      <legend>Facilitator’s kit</legend>
      <TextArea
        label="Injects"
        hint="One per line, starting with when it is due: T+5m (after the start, paused time excluded) or a phase, e.g. “T+5m Tell responders replica lag is 30 s” or “@diagnose The CFO asks for an update”."
        value={value.injects}
        onChange={set('injects')}
        error={errors.injects}
        rows={3}
      />
      <TextArea
        label="Hints"
        hint="One per line. Start with a phase (@detect) to offer it when that phase runs past its target; without one, it is given on demand."
        value={value.hints}
        onChange={set('hints')}
        error={errors.hints}
        rows={3}
      />
      <TextArea
        label="Observer checklist"
        hint="Expected actions, one per line, each with its phase: “@acknowledge Incident channel opened”."
        value={value.observerChecklist}
        onChange={set('observerChecklist')}
        error={errors.observerChecklist}
        rows={3}
      />
      <TextArea
        label="Go / no-go prerequisites"
        hint="One per line; each is confirmed by someone before the start."
        value={value.prerequisites}
        onChange={set('prerequisites')}
        error={errors.prerequisites}
        rows={4}
      />
      <TextArea
        label="Stop conditions"
        hint="One per line: when one is hit, the drill is aborted."
        value={value.stopConditions}
        onChange={set('stopConditions')}
        error={errors.stopConditions}
        rows={3}
      />
      <fieldset className="field">
        <legend>Role cards</legend>
        {ROLES.map((role) => (
          <TextArea
            key={role}
            label={`${ROLE_LABELS[role]}’s card`}
            value={value.roleCards[role]}
            onChange={setCard(role)}
            error={role === 'facilitator' ? errors.roleCards : undefined}
            rows={2}
          />
        ))}
      </fieldset>
    </fieldset>
  );
}
