import { useId, useRef, useState, type ReactNode } from 'react';
import { repos } from '../../db/app-db';
import type { Id } from '../../domain/records/common';
import { type AnswerRecord, type AnswerValue, ANSWER_VALUES } from '../../domain/records/answers';
import type { AnswerScale, PlacedCriterion } from '../../domain/maturity/model-types';
import { EvidenceEditor } from './EvidenceEditor';

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

interface CriterionAnswerProps {
  readonly assessmentId: Id;
  readonly raterId: Id;
  readonly criterion: PlacedCriterion;
  /** The model's answer scale: each option shows its label and what it means. */
  readonly scale: AnswerScale;
  readonly number: string;
  readonly stored: AnswerRecord | undefined;
  readonly readOnly: boolean;
  /** Shown above the answers, e.g. what each rater said. */
  readonly context?: ReactNode;
  /** The legend's text for the answer group; the criterion's statement when not given. */
  readonly answerLabel?: string;
}

/**
 * One criterion: a radio group of answers (arrow keys move and choose), each with what it means
 * ("Partly": true for some of the services), the reason when it does not apply, and evidence.
 * The meaning is the radio's description, not part of its name, so the group is still one Tab stop
 * and a screen reader says "Partly" first. Every choice is written to the database at once; "Saved" appears only
 * after the write has committed.
 */
export function CriterionAnswer(props: CriterionAnswerProps) {
  const { assessmentId, raterId, criterion, scale, number, stored, readOnly, context } = props;
  const id = useId();
  const [chosen, setChosen] = useState<AnswerValue | null>(null);
  const [reason, setReason] = useState(stored?.naReason ?? '');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // Arrow keys can fire several saves in a row; only the newest one may report its outcome.
  const latest = useRef(0);
  const value = chosen ?? stored?.value ?? null;
  const needsReason = value === 'na' && (stored?.value !== 'na' || stored.naReason === '');

  async function save(next: AnswerValue, naReason: string) {
    latest.current += 1;
    const seq = latest.current;
    setState({ kind: 'saving' });
    try {
      const result = await repos.assessments.saveAnswer(assessmentId, raterId, criterion.id, {
        value: next,
        naReason,
      });
      if (seq !== latest.current) return;
      if (result.ok) setState({ kind: 'saved' });
      else {
        // A missing reason keeps "Not applicable" chosen so the reason can be given.
        if (result.errors.naReason === undefined) setChosen(null);
        const message =
          result.errors.naReason ?? result.errors.form ?? result.errors.value ?? 'Not saved.';
        setState({ kind: 'error', message });
      }
    } catch {
      if (seq !== latest.current) return;
      setChosen(null);
      setState({ kind: 'error', message: 'The answer could not be saved. Try again.' });
    }
  }

  function choose(next: AnswerValue) {
    // The choice shows at once; "Saved" only appears once the database has committed it.
    setChosen(next);
    if (next === 'na' && reason.trim() === '') {
      latest.current += 1;
      setState({ kind: 'idle' });
      return;
    }
    void save(next, next === 'na' ? reason : '');
  }

  const statusText =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? 'Saved'
        : state.kind === 'error'
          ? state.message
          : needsReason
            ? 'Not saved yet: say why it does not apply.'
            : '';

  return (
    <li className="criterion" id={`criterion-${criterion.id}`}>
      <fieldset disabled={readOnly} aria-describedby={`${id}-guidance`}>
        <legend>
          <span className="criterion-number">{number}</span> {criterion.text}
        </legend>
        <p id={`${id}-guidance`} className="hint">
          Evidence: {criterion.guidance}
        </p>
        {context}
        {props.answerLabel !== undefined && <p className="answer-label">{props.answerLabel}</p>}
        <div className="answer-scale">
          {ANSWER_VALUES.map((option) => (
            <label key={option} className={`answer-option answer-${option}`}>
              <input
                type="radio"
                name={`${id}-answer`}
                value={option}
                checked={value === option}
                aria-labelledby={`${id}-${option}-label`}
                aria-describedby={`${id}-${option}-meaning`}
                onChange={() => {
                  choose(option);
                }}
              />
              <span id={`${id}-${option}-label`} className="answer-name">
                {scale[option].label}
              </span>
              <span id={`${id}-${option}-meaning`} className="answer-meaning">
                {scale[option].meaning}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {value === 'na' && (
        <div className="field na-reason">
          <label htmlFor={`${id}-reason`}>Why does this not apply?</label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            value={reason}
            readOnly={readOnly}
            aria-invalid={state.kind === 'error'}
            aria-describedby={`${id}-status`}
            onChange={(event) => {
              setReason(event.target.value);
            }}
            onBlur={() => {
              if (!readOnly && reason.trim() !== (stored?.naReason ?? '')) void save('na', reason);
            }}
          />
        </div>
      )}
      <p
        id={`${id}-status`}
        className={`save-state ${state.kind === 'error' || needsReason ? 'error' : ''}`}
        role="status"
      >
        {statusText}
      </p>
      <EvidenceEditor
        assessmentId={assessmentId}
        raterId={raterId}
        criterionId={criterion.id}
        drillRule={criterion.drillRule}
        incidentRule={criterion.incidentRule}
        stored={stored}
        readOnly={readOnly}
      />
    </li>
  );
}
