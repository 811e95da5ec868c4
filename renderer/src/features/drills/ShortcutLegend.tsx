import { keyLegend } from './run-actions';

export function ShortcutLegend() {
  return (
    <section className="card shortcut-legend" aria-labelledby="shortcut-legend-heading">
      <h2 id="shortcut-legend-heading">Keyboard</h2>
      <dl>
        {keyLegend('run').map((line) => (
          <div key={line.id}>
            <dt>
              {line.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{line.text}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">Keys do nothing while you type in a field or a dialog is open.</p>
    </section>
  );
}
