import { useState } from 'react';
import type { DrillRecord } from '../../domain/records/drills';
import type { SideEventKind } from '../../domain/records/drill-events';
import { canRun } from '../../domain/drills/availability';
import type { DrillCommand } from '../../domain/drills/commands';
import { SIDE_EVENT_LABELS } from '../../domain/words/drills';
import type { RunState } from '../../domain/drills/run-state';
import { TextField } from '../../components/TextField';
import { eventEpochMs } from './event-time';

interface SideEventFormProps {
  readonly drill: DrillRecord;
  readonly state: RunState;
  readonly run: (command: DrillCommand) => Promise<void>;
}

/** Logs a side event at the moment its button is pressed; the detail is optional except a runbook. */
export function SideEventForm({ drill, state, run }: SideEventFormProps) {
  const [detail, setDetail] = useState('');
  const enabled = canRun(state, 'side');
  return (
    <section className="card" aria-labelledby="side-events-heading">
      <h2 id="side-events-heading">Side events</h2>
      <TextField
        label="Detail (which runbook, who was told, what ran)"
        value={detail}
        onChange={setDetail}
        list="runbook-suggestions"
      />
      <datalist id="runbook-suggestions">
        <option value={`${drill.scenarioName} runbook`} />
      </datalist>
      <div className="button-row">
        {(Object.keys(SIDE_EVENT_LABELS) as SideEventKind[]).map((side) => (
          <button
            key={side}
            type="button"
            className="button small"
            disabled={!enabled}
            onClick={(event) => {
              const at = eventEpochMs(event);
              void run({ kind: 'side', side, detail, at }).then(() => {
                setDetail('');
              });
            }}
          >
            {SIDE_EVENT_LABELS[side]}
          </button>
        ))}
      </div>
      {!enabled && <p className="muted">Side events are logged while the drill runs.</p>}
    </section>
  );
}
