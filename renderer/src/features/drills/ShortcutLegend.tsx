import { SHORTCUT_LEGEND } from './use-run-shortcuts';

export function ShortcutLegend() {
  return (
    <section className="card shortcut-legend" aria-labelledby="shortcut-legend-heading">
      <h2 id="shortcut-legend-heading">Keyboard</h2>
      <dl>
        {SHORTCUT_LEGEND.map(([keys, action]) => (
          <div key={keys}>
            <dt>
              {keys.split(' or ').map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">Keys do nothing while you type in a field or a dialog is open.</p>
    </section>
  );
}
