import { useId } from 'react';
import type { EpochMs } from '../../domain/records/common';
import { correctableMarks } from '../../domain/drills/availability';
import { formatOffset } from '../../domain/dates/durations';
import { MARK_LABELS } from '../../domain/words/drills';
import { boundaryOf, type RunState } from '../../domain/drills/run-state';
import { formatInstantTime } from '../../domain/dates/format';
import { correctionFieldValue, timeNear } from './correction-time';
import { localZoneOffsetAt, SCREEN_READER } from '../../platform/reader';

interface Value {
  readonly mark: string;
  readonly to: EpochMs | null;
}

export function CorrectMarkFields(props: {
  readonly state: RunState;
  readonly value: Value;
  readonly onChange: (value: Value) => void;
  readonly error: string | undefined;
}) {
  const { state, value, onChange, error } = props;
  const id = useId();
  const recorded = correctableMarks(state);
  const chosen = recorded.find((b) => b.mark === value.mark);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-mark`}>Mark</label>
        <select
          id={`${id}-mark`}
          value={value.mark}
          onChange={(event) => {
            const mark = recorded.find((b) => b.mark === event.target.value);
            onChange({ mark: event.target.value, to: mark?.at ?? null });
          }}
        >
          <option value="">Choose a mark</option>
          {recorded.map((b) => (
            <option key={b.mark} value={b.mark}>
              {MARK_LABELS[b.mark]} — {formatInstantTime(b.at, SCREEN_READER)} (
              {formatOffset(b.at, boundaryOf(state, 'start')?.at)})
            </option>
          ))}
        </select>
      </div>
      {chosen !== undefined && (
        <div className="field">
          <label htmlFor={`${id}-time`}>Corrected time (your local time)</label>
          <input
            id={`${id}-time`}
            type="time"
            step={0.001}
            value={value.to === null ? '' : correctionFieldValue(value.to, localZoneOffsetAt)}
            aria-invalid={error !== undefined}
            aria-describedby={error === undefined ? undefined : `${id}-error`}
            onChange={(event) => {
              onChange({ mark: value.mark, to: timeNear(chosen.at, event.target.value) });
            }}
          />
          {chosen.corrections.length > 0 && (
            <span className="hint">
              First recorded at {formatInstantTime(chosen.original, SCREEN_READER)}; corrected{' '}
              {chosen.corrections.length} time(s).
            </span>
          )}
        </div>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </>
  );
}
