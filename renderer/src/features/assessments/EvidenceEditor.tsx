import { useEffect, useId, useRef, useState } from 'react';
import { repos } from '../../db/app-db';
import type { Id } from '../../domain/records/common';
import type { AnswerRecord } from '../../domain/records/answers';
import { evidenceAge, isStaleDate, STALE_LABEL } from '../../domain/maturity/evidence-age';
import type { DrillRule, IncidentRule } from '../../domain/maturity/model-types';
import type { EvidenceField } from '../../domain/maturity/assessment-rules';
import type { FieldErrors } from '../../domain/outcome';
import { formatIsoDate } from '../../domain/dates/format';
import { FormError } from '../../components/FormError';
import { DrillSuggestion } from './DrillSuggestion';
import { IncidentSuggestion } from './IncidentSuggestion';
import { useEvidenceContext } from './evidence-drills';

const SAVE_AFTER_TYPING_MS = 700;

interface EvidenceEditorProps {
  readonly assessmentId: Id;
  readonly raterId: Id;
  readonly criterionId: string;
  /** When drills can show the criterion holds: a suggestion is shown above the evidence. */
  readonly drillRule?: DrillRule | undefined;
  /** When imported incidents can show it: their suggestion is shown beside the drills'. */
  readonly incidentRule?: IncidentRule | undefined;
  readonly stored: AnswerRecord | undefined;
  readonly readOnly: boolean;
}

/**
 * Evidence for one criterion, folded away until opened. Text is saved a moment after typing pauses
 * (and when a field loses focus), so a crash or a closed window loses at most that moment.
 */
export function EvidenceEditor(props: EvidenceEditorProps) {
  const { assessmentId, raterId, criterionId, stored, readOnly } = props;
  const id = useId();
  const [text, setText] = useState(stored?.evidence.text ?? '');
  const [links, setLinks] = useState((stored?.evidence.links ?? []).join('\n'));
  const [errors, setErrors] = useState<FieldErrors<EvidenceField>>({});
  const [saved, setSaved] = useState(false);
  const context = useEvidenceContext();
  const drills = context.completed;
  // A ticked drill shows at once, not after the write and the live query catch up.
  const [chosenDrills, setChosenDrills] = useState<readonly string[] | null>(null);
  const drillIds = chosenDrills ?? stored?.evidence.drillIds ?? [];
  const [chosenIncidents, setChosenIncidents] = useState<readonly string[] | null>(null);
  const incidentIds = chosenIncidents ?? stored?.evidence.incidentIds ?? [];
  const count =
    (stored?.evidence.text ? 1 : 0) +
    (stored?.evidence.links.length ?? 0) +
    drillIds.length +
    incidentIds.length;
  const inEvidence = incidentIds.flatMap((incidentId) => {
    const found = context.incidents.find((incident) => incident.id === incidentId);
    return found === undefined ? [] : [found];
  });
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState('');
  const age =
    stored === undefined
      ? undefined
      : evidenceAge({
          evidence: { ...stored.evidence, drillIds, incidentIds },
          drillDates: context.drillDates,
          incidentDates: context.incidentDates,
          judgedAt: context.judgedAt,
          timeZoneOffsetMinutes: context.timeZoneOffsetMinutes,
        });

  function accept(ids: readonly Id[]) {
    const next = [...drillIds, ...ids.filter((drillId) => !drillIds.includes(drillId))];
    setChosenDrills(next);
    setOpen(true);
    setAdded(`${ids.length === 1 ? '1 drill' : `${ids.length} drills`} added to the evidence.`);
    void save(next);
  }

  function acceptIncidents(ids: readonly Id[]) {
    const next = [...incidentIds, ...ids.filter((other) => !incidentIds.includes(other))];
    setChosenIncidents(next);
    setOpen(true);
    setAdded(
      `${ids.length === 1 ? '1 incident' : `${ids.length} incidents`} added to the evidence.`,
    );
    void save(drillIds, next);
  }

  async function save(
    nextDrills: readonly string[] = drillIds,
    nextIncidents: readonly string[] = incidentIds,
  ) {
    if (readOnly) return;
    const linkList = links.split('\n');
    const sameText = text.trim() === (stored?.evidence.text ?? '');
    const sameLinks =
      linkList.filter((link) => link.trim() !== '').join('\n') ===
      (stored?.evidence.links ?? []).join('\n');
    if (sameText && sameLinks && nextDrills === drillIds && nextIncidents === incidentIds) return;
    try {
      const result = await repos.assessments.saveEvidence(assessmentId, raterId, criterionId, {
        text,
        links: linkList,
        drillIds: nextDrills,
        // Evidence that never named an incident is saved without an incident list.
        ...(nextIncidents.length === 0 && stored?.evidence.incidentIds === undefined
          ? {}
          : { incidentIds: nextIncidents }),
      });
      setErrors(result.ok ? {} : result.errors);
      setSaved(result.ok);
      if (!result.ok) {
        setChosenDrills(null);
        setChosenIncidents(null);
      }
    } catch {
      setChosenDrills(null);
      setChosenIncidents(null);
      setErrors({ form: 'The evidence could not be saved. Try again.' });
    }
  }

  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });
  useEffect(() => {
    if (readOnly) return;
    const timer = setTimeout(() => void latestSave.current(), SAVE_AFTER_TYPING_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text, links, readOnly]);

  return (
    <>
      {props.drillRule !== undefined && (
        <DrillSuggestion
          rule={props.drillRule}
          evidenceDrillIds={drillIds}
          readOnly={readOnly}
          onAccept={accept}
        />
      )}
      {props.incidentRule !== undefined && (
        <IncidentSuggestion
          rule={props.incidentRule}
          evidenceIncidentIds={incidentIds}
          readOnly={readOnly}
          onAccept={acceptIncidents}
        />
      )}
      <p className="visually-hidden" role="status">
        {added}
      </p>
      <details
        className="evidence"
        open={open}
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
        }}
      >
        <summary>
          Evidence{count > 0 ? ` (${count})` : ''}
          {saved && <span className="muted"> · saved</span>}
          {age?.stale === true && <span className="tag stale">{STALE_LABEL}</span>}
        </summary>
        {age?.writtenStale === true && !age.stale && age.writtenOn !== undefined && (
          <p className="muted">
            The written evidence was last changed on {formatIsoDate(age.writtenOn)}: older than 180
            days.
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-text`}>What shows this</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            value={text}
            readOnly={readOnly}
            aria-invalid={errors.text !== undefined}
            aria-describedby={errors.text !== undefined ? `${id}-text-error` : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(false);
            }}
            onBlur={() => void save()}
          />
          {errors.text !== undefined && (
            <span id={`${id}-text-error`} className="error">
              {errors.text}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-links`}>Links, one per line</label>
          <textarea
            id={`${id}-links`}
            rows={2}
            value={links}
            readOnly={readOnly}
            aria-invalid={errors.links !== undefined}
            aria-describedby={errors.links !== undefined ? `${id}-links-error` : undefined}
            onChange={(event) => {
              setLinks(event.target.value);
              setSaved(false);
            }}
            onBlur={() => void save()}
          />
          {errors.links !== undefined && (
            <span id={`${id}-links-error`} className="error">
              {errors.links}
            </span>
          )}
        </div>
        {drills.length > 0 && (
          <fieldset className="field evidence-drills">
            <legend>Drills that show this</legend>
            {drills.map((drill) => (
              <label key={drill.id}>
                <input
                  type="checkbox"
                  checked={drillIds.includes(drill.id)}
                  disabled={readOnly}
                  onChange={(event) => {
                    const next = event.target.checked
                      ? [...drillIds, drill.id]
                      : drillIds.filter((other) => other !== drill.id);
                    setChosenDrills(next);
                    void save(next);
                  }}
                />
                {drill.title}{' '}
                <span className="muted">
                  · {formatIsoDate(context.drillDates.get(drill.id) ?? drill.plannedFor)}
                </span>
                {isStaleDate(
                  context.drillDates.get(drill.id) ?? drill.plannedFor,
                  context.judgedAt,
                ) && <span className="tag stale">older than 180 days</span>}
              </label>
            ))}
            {errors.drillIds !== undefined && <span className="error">{errors.drillIds}</span>}
          </fieldset>
        )}
        {inEvidence.length > 0 && (
          <fieldset className="field evidence-drills">
            <legend>Incidents that show this</legend>
            {inEvidence.map((incident) => (
              <label key={incident.id}>
                <input
                  type="checkbox"
                  checked
                  disabled={readOnly}
                  onChange={() => {
                    const next = incidentIds.filter((other) => other !== incident.id);
                    setChosenIncidents(next);
                    void save(drillIds, next);
                  }}
                />
                {incident.title} <span className="muted">· {formatIsoDate(incident.date)}</span>
                {isStaleDate(incident.date, context.judgedAt) && (
                  <span className="tag stale">older than 180 days</span>
                )}
              </label>
            ))}
            {errors.incidentIds !== undefined && (
              <span className="error">{errors.incidentIds}</span>
            )}
          </fieldset>
        )}
        <FormError message={errors.form} />
      </details>
    </>
  );
}
