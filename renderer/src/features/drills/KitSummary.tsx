import type { DrillKit } from '../../domain/records/drills';
import { PHASE_LABELS } from '../../domain/words/drills';
import { hintWhenText, injectDueText } from '../../domain/words/drill-kit';

interface KitSummaryProps {
  readonly kit: DrillKit;
  /** The heading's id, unique on the page. */
  readonly id: string;
  readonly title?: string;
}

const List = ({ items }: { readonly items: readonly string[] }) =>
  items.length === 0 ? (
    <p className="muted">None.</p>
  ) : (
    <ol className="kit-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ol>
  );

/** What the drill took from its scenario when it was planned: the script of the room. */
export function KitSummary({ kit, id, title = 'From the scenario' }: KitSummaryProps) {
  return (
    <section className="card kit-summary" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="kit-columns">
        <div>
          <h3>Injection steps</h3>
          <List items={kit.injectionSteps} />
          <h3>Expected detection signal</h3>
          <p>{kit.detectionSignal || '—'}</p>
          <h3>Runbook checklist</h3>
          <List items={kit.runbook} />
          <h3>Observer checklist</h3>
          <List
            items={kit.observerChecklist.map((item) => `${PHASE_LABELS[item.phase]}: ${item.text}`)}
          />
        </div>
        <div>
          <h3>Injects</h3>
          <List items={kit.injects.map((inject) => `${injectDueText(inject)} — ${inject.text}`)} />
          <h3>Hints</h3>
          <List items={kit.hints.map((hint) => `${hintWhenText(hint.phase)} — ${hint.text}`)} />
          <h3>Go / no-go prerequisites</h3>
          <List items={kit.prerequisites} />
          <h3>Stop conditions</h3>
          <List items={kit.stopConditions} />
        </div>
      </div>
    </section>
  );
}
