import { useEffect, useState } from 'react';
import { LoadDemoButton } from '../../widgets/LoadDemoButton';
import { BackupButton } from './BackupButton';
import { CsvExport } from './CsvExport';
import { PreUpgradeBackups } from './PreUpgradeBackups';
import { RemoveSampleData } from './RemoveSampleData';
import { RestoreBackup } from './RestoreBackup';
import { RestoreManyBackups } from './RestoreManyBackups';
import './data-section.css';

/**
 * Where the data lives and how to keep it safe. Persistence matters: a browser may evict "best
 * effort" storage under disk pressure, so the user is told whether this profile's storage is
 * persistent, and a backup file is one click away.
 */
export function StorageSection() {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    void navigator.storage.persisted().then(setPersisted, () => {
      setPersisted(null);
    });
  }, []);
  return (
    <section className="card data-section" aria-labelledby="storage-heading">
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

      <h3>Back up</h3>
      <p>
        Saves everything — teams, assessments, drills, action items and settings — in one file. Keep
        it somewhere safe, or use it to move your data to another computer.
      </p>
      <BackupButton />

      <h3>Restore from a backup</h3>
      <RestoreBackup />

      <h3>Merge the backups of many teams</h3>
      <RestoreManyBackups />

      <h3>Drills for spreadsheets</h3>
      <p>One row per drill with its phase times and measures, as a CSV file.</p>
      <CsvExport />

      <h3>Backups made before upgrades</h3>
      <PreUpgradeBackups />

      <h3>Sample data</h3>
      <p>
        Adds several sample teams with their services and people. Loading it again changes nothing;
        your own teams are kept. Removing it deletes the sample teams and everything recorded for
        them, and nothing else.
      </p>
      <div className="button-row">
        <LoadDemoButton />
        <RemoveSampleData />
      </div>
    </section>
  );
}
