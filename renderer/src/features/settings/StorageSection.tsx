import { useEffect, useState } from 'react';
import { LoadDemoButton } from '../home/LoadDemoButton';

/**
 * Where the data lives. Persistence matters: a browser may evict "best effort" storage under disk
 * pressure, so the user is told whether this profile's storage is persistent.
 */
export function StorageSection() {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    void navigator.storage.persisted().then(setPersisted, () => {
      setPersisted(null);
    });
  }, []);
  return (
    <section className="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Data</h2>
      <p>
        Everything you record is stored on this computer, in this app&apos;s own database. Nothing
        is sent anywhere: the app works with no network and no account.
      </p>
      <p>
        Storage:{' '}
        {persisted === null
          ? 'checking…'
          : persisted
            ? 'persistent — the browser will not clear it to free space.'
            : 'best effort — the browser may clear it when the disk is nearly full.'}
      </p>
      <h3>Sample data</h3>
      <p>
        Adds several sample teams with their services and people. Loading it again changes nothing;
        your own teams are kept.
      </p>
      <LoadDemoButton />
    </section>
  );
}
