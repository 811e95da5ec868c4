import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/platform-api';
import { platform } from '../../platform/platform';

const SHELL_NAMES: Readonly<Record<AppInfo['shell'], string>> = {
  electron: 'Desktop app',
  web: 'Web shell (in your browser)',
};

export function AboutSection() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform()
      .getAppInfo()
      .then((result) => {
        if (result.ok) setInfo(result.value);
      });
  }, []);
  return (
    <section className="card" aria-labelledby="about-heading">
      <h2 id="about-heading">About</h2>
      {info === null ? (
        <p className="muted">Reading version…</p>
      ) : (
        <dl className="definition-list">
          <dt>Application</dt>
          <dd>{info.name}</dd>
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Running as</dt>
          <dd>{SHELL_NAMES[info.shell]}</dd>
          <dt>Platform</dt>
          <dd>{info.platform}</dd>
        </dl>
      )}
    </section>
  );
}
